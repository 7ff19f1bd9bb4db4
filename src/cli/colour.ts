// Stage: cli. Whether to colour the output: --color always|never|auto; auto colours a terminal
// unless NO_COLOR is set to anything but the empty string (no-color.org).
export function wantColour(flag: string | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag === 'always') return true;
  if (flag === 'never') return false;
  return isTTY && !env.NO_COLOR;
}
