import { Route, Routes } from 'react-router-dom';
import { ImportPage } from './ImportPage';

/** Mounted at /impor/*. */
export function ImportRoutes() {
  return (
    <Routes>
      <Route path="*" element={<ImportPage />} />
    </Routes>
  );
}
