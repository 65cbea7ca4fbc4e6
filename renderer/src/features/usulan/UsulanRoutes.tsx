import { Route, Routes } from 'react-router-dom';
import { NewProposalPage } from './NewProposalPage';
import { ProposalDetailPage } from './ProposalDetailPage';
import { ProposalListPage } from './ProposalListPage';

export function UsulanRoutes() {
  return (
    <Routes>
      <Route index element={<ProposalListPage />} />
      <Route path="baru" element={<NewProposalPage />} />
      <Route path=":proposalId" element={<ProposalDetailPage />} />
    </Routes>
  );
}
