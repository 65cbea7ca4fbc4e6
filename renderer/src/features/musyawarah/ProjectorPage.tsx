export function ProjectorPage() {
  return null;
}
