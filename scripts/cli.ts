/** What the operator commands share: a failure message with exit 1, and one line read from piped standard input. */
export function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
