/**
 * Runs a command's `main` and exits with its code; an error is printed as one line naming the
 * command, without a stack trace (the messages say what to do next).
 */
export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
