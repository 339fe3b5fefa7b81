/**
 * `tsx tests/support/publish-loop.ts <count>`: publishes `count` changes to one figure of DATABASE_URL in a row,
 * alternating a new observation and a correction, the way staff publishing writes them (one transaction each).
 * A separate process, so a test can export while publishes commit.
 */
import { publishValue } from './publish';

async function main() {
  const url = process.env.DATABASE_URL!;
  const count = Number(process.argv[2] ?? 20);
  for (let i = 0; i < count; i++) {
    await publishValue(url, 'citizens-reached', String(31_000_000 + i), `[test] concurrent publish ${i}`, { correct: i % 2 === 1 });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
