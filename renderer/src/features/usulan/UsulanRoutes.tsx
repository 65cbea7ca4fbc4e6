import { NAV_ITEMS } from '../../app/routes';
import { PlannedPage } from '../planned/PlannedPage';

export function UsulanRoutes() {
  const item = NAV_ITEMS.find((nav) => nav.key === 'usulan');
  return item ? <PlannedPage item={item} /> : null;
}
