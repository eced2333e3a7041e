package org.slicewright.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent pieces of work on a pool of daemon threads and hands their results back in the
 * order of the work, so that what a caller computes from them does not depend on the thread count.
 * A piece's unchecked exception reaches the caller as is; an interrupt becomes a cancellation.
 */
public final class InOrderExecution {
  private InOrderExecution() {
  }

  /**
   * @param threads at most this many threads (0 = one per core), never more than there is work
   * @param done called with each result, in work order, as soon as it and all before it are in
   */
  public static <T> List<T> run(List<Callable<T>> work, int threads, String threadName, Consumer<T> done) {
    int n = Math.max(1, Math.min(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), work.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> w : work) futures.add(pool.submit(w));
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        T result = f.get();
        out.add(result);
        done.accept(result);
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CanceledException();
    } finally {
      pool.shutdownNow();
    }
  }
}
