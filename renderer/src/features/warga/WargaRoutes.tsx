import { NAV_ITEMS } from '../../app/routes';
import { PlannedPage } from '../planned/PlannedPage';

export function WargaRoutes() {
  const item = NAV_ITEMS.find((nav) => nav.key === 'warga');
  return item ? <PlannedPage item={item} /> : null;
}
