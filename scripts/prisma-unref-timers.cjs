// Preloaded into Prisma CLI runs on PostgreSQL: the WebAssembly schema engine races its 10 s advisory-lock
// timeout against the lock and leaves the timer pending, so each command would idle 10 s before exiting.
// Unref'd, the timer still fires while the command works, but no longer keeps a finished command alive.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(fn, ms, ...args) {
  const timer = setTimeoutOriginal(fn, ms, ...args);
  if (ms >= 5000 && timer && typeof timer.unref === 'function') timer.unref();
  return timer;
};
