// A reader that stops early (`maildoctor --help | head -1`) ends maildoctor quietly, as a closed pipe ends any Unix tool.

/** 128 + SIGPIPE (13): the status a shell reports for a program its closed pipe ended, as `seq 1 1e6 | head -1` shows. */
export const EXIT_BROKEN_PIPE = 141;

/** What the handler needs of the process: its two output streams and a way to end. */
export interface PipeProcess {
  stdout: NodeJS.EventEmitter;
  stderr: NodeJS.EventEmitter & { write(text: string): boolean };
  exit(code: number): never;
}

/**
 * Ends the process with status 141 and no message when stdout or stderr loses its reader (EPIPE), instead of
 * Node's unhandled-error stack trace; any other write error ends it with one line and status 2.
 */
export function endQuietlyOnBrokenPipe(proc: PipeProcess = process): void {
  const onError = (stream: 'stdout' | 'stderr') => (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') proc.exit(EXIT_BROKEN_PIPE);
    if (stream === 'stdout') proc.stderr.write(`maildoctor: cannot write to standard output: ${err.code ?? err.message}\n`);
    proc.exit(2);
  };
  proc.stdout.on('error', onError('stdout'));
  proc.stderr.on('error', onError('stderr'));
}
