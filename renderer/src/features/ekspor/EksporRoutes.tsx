import { NAV_ITEMS } from '../../app/routes';
import { PlannedPage } from '../planned/PlannedPage';

export function EksporRoutes() {
  const item = NAV_ITEMS.find((nav) => nav.key === 'ekspor');
  return item ? <PlannedPage item={item} /> : null;
}
