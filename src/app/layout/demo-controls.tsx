export function DemoControls() {
  return null;
}
