import { NAV_ITEMS } from '../../app/routes';
import { PlannedPage } from '../planned/PlannedPage';

export function SuratRoutes() {
  const item = NAV_ITEMS.find((nav) => nav.key === 'surat');
  return item ? <PlannedPage item={item} /> : null;
}
