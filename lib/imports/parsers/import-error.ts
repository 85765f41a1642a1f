import { AppError } from "../../errors";

/**
 * A file that cannot be imported. The message is meant for the researcher: it names the
 * problem and, where known, the line or row, so they can fix the file and try again.
 */
export class ImportError extends AppError {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super("invalid_input", line === undefined ? message : `Line ${line}: ${message}`);
    this.name = "ImportError";
    this.line = line;
  }
}
