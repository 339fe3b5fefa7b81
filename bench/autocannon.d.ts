// Minimal types for the parts of autocannon 9 that bench/http.ts uses (the package ships none).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; totalCount: number; [key: string]: number }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  interface Options { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
