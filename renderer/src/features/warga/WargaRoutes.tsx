import { Route, Routes } from 'react-router-dom';
import { FamilyDetailPage } from './FamilyDetailPage';
import { NewFamilyPage } from './NewFamilyPage';
import { WargaListPage } from './WargaListPage';

/** Mounted at /warga/*. */
export function WargaRoutes() {
  return (
    <Routes>
      <Route index element={<WargaListPage />} />
      <Route path="baru" element={<NewFamilyPage />} />
      <Route path=":familyId" element={<FamilyDetailPage />} />
    </Routes>
  );
}
