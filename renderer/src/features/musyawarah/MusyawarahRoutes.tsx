import { NAV_ITEMS } from '../../app/routes';
import { PlannedPage } from '../planned/PlannedPage';

export function MusyawarahRoutes() {
  const item = NAV_ITEMS.find((nav) => nav.key === 'musyawarah');
  return item ? <PlannedPage item={item} /> : null;
}
