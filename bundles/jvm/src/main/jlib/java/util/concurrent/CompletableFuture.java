package java.util.concurrent;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A future completed explicitly or by a stage's function, on this object's monitor. Dependent
 * stages are callbacks: run by the completing thread, newest first as the JDK's stack of dependents
 * does, or at once by the registering thread when the source is already done; the async forms run
 * their function through an executor (default: a new daemon thread per task, named like the common
 * pool's workers). An exception a stage's function throws, or one relayed from a source, is held
 * wrapped in a CompletionException; get unwraps it into an ExecutionException, join throws it.
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    /** An exceptional result (ex), or a null value (ex == null). */
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable ex) { this.ex = ex; }
    }

    static final AltResult NIL = new AltResult(null);

    private Object result;
    private ArrayList<Runnable> dependents;

    public CompletableFuture() {}

    CompletableFuture(Object r) { result = r; }

    // ---- completion core

    /** Sets the result if none yet; runs the dependents. Whether this call set it. */
    final boolean completeWith(Object r) {
        ArrayList<Runnable> deps;
        synchronized (this) {
            if (result != null) return false;
            result = r;
            deps = dependents;
            dependents = null;
            notifyAll();
        }
        if (deps != null) {
            for (int i = deps.size() - 1; i >= 0; i--) deps.get(i).run();
        }
        return true;
    }

    static Object encodeValue(Object v) { return v == null ? NIL : v; }

    static AltResult encodeThrowable(Throwable x) {
        return new AltResult(x instanceof CompletionException ? x : new CompletionException(x));
    }

    /** A source's result as a dependent gets it: exceptions wrapped in a CompletionException. */
    static Object encodeRelay(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x != null && !(x instanceof CompletionException)) return new AltResult(new CompletionException(x));
        }
        return r;
    }

    static Throwable exceptionOf(Object r) { return r instanceof AltResult ? ((AltResult) r).ex : null; }

    @SuppressWarnings("unchecked")
    static <T> T valueOf(Object r) { return r instanceof AltResult ? null : (T) r; }

    final synchronized Object rawResult() { return result; }

    /** Runs r when this completes (now, if it has). */
    final void onDone(Runnable r) {
        synchronized (this) {
            if (result == null) {
                if (dependents == null) dependents = new ArrayList<>();
                dependents.add(r);
                return;
            }
        }
        r.run();
    }

    static void fire(Executor e, Runnable task) {
        if (e == null) task.run();
        else e.execute(task);
    }

    private static final class DefaultExecutor implements Executor {
        private static final Object lock = new Object();
        private static int workers;

        public void execute(Runnable r) {
            if (r == null) throw new NullPointerException();
            int n;
            synchronized (lock) { n = ++workers; }
            Thread t = new Thread(r, "ForkJoinPool.commonPool-worker-" + n);
            t.setDaemon(true);
            t.start();
        }
    }

    private static final Executor ASYNC_POOL = new DefaultExecutor();

    public Executor defaultExecutor() { return ASYNC_POOL; }

    public <U> CompletableFuture<U> newIncompleteFuture() { return new CompletableFuture<U>(); }

    private Executor screen(Executor e) {
        if (e == null) throw new NullPointerException();
        return e;
    }

    // ---- static factories

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) { return supplyAsync(supplier, ASYNC_POOL); }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        if (supplier == null || executor == null) throw new NullPointerException();
        CompletableFuture<U> d = new CompletableFuture<U>();
        executor.execute(() -> {
            if (d.rawResult() != null) return;
            try {
                d.completeWith(encodeValue(supplier.get()));
            } catch (Throwable ex) {
                d.completeWith(encodeThrowable(ex));
            }
        });
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) { return runAsync(runnable, ASYNC_POOL); }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        if (runnable == null || executor == null) throw new NullPointerException();
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        executor.execute(() -> {
            if (d.rawResult() != null) return;
            try {
                runnable.run();
                d.completeWith(NIL);
            } catch (Throwable ex) {
                d.completeWith(encodeThrowable(ex));
            }
        });
        return d;
    }

    public static <U> CompletableFuture<U> completedFuture(U value) { return new CompletableFuture<U>(encodeValue(value)); }

    public static <U> CompletionStage<U> completedStage(U value) { return completedFuture(value); }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) { return failedFuture(ex); }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (cfs.length == 0) {
            d.completeWith(NIL);
            return d;
        }
        int[] left = {cfs.length};
        for (CompletableFuture<?> f : cfs) {
            f.onDone(() -> {
                boolean last;
                synchronized (left) { last = --left[0] == 0; }
                if (!last) return;
                for (CompletableFuture<?> g : cfs) {
                    Object r = g.rawResult();
                    if (exceptionOf(r) != null) {
                        d.completeWith(encodeRelay(r));
                        return;
                    }
                }
                d.completeWith(NIL);
            });
        }
        return d;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> f : cfs) {
            Object r = f.rawResult();
            if (r != null) {
                d.completeWith(encodeRelay(r));
                return d;
            }
        }
        for (CompletableFuture<?> f : cfs) f.onDone(() -> d.completeWith(encodeRelay(f.rawResult())));
        return d;
    }

    // ---- Future

    public synchronized boolean isDone() { return result != null; }

    public synchronized boolean isCancelled() {
        return result instanceof AltResult && ((AltResult) result).ex instanceof CancellationException;
    }

    public synchronized boolean isCompletedExceptionally() { return result instanceof AltResult && result != NIL; }

    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = completeWith(new AltResult(new CancellationException()));
        return cancelled || isCancelled();
    }

    private synchronized Object waitingGet() throws InterruptedException {
        while (result == null) wait();
        return result;
    }

    private static <T> T reportGet(Object r) throws ExecutionException {
        Throwable x = exceptionOf(r);
        if (x == null) return valueOf(r);
        if (x instanceof CancellationException) throw (CancellationException) x;
        Throwable cause;
        if (x instanceof CompletionException && (cause = x.getCause()) != null) x = cause;
        throw new ExecutionException(x);
    }

    private static <T> T reportJoin(Object r) {
        Throwable x = exceptionOf(r);
        if (x == null) return valueOf(r);
        if (x instanceof CancellationException) throw (CancellationException) x;
        if (x instanceof CompletionException) throw (CompletionException) x;
        throw new CompletionException(x);
    }

    public T get() throws InterruptedException, ExecutionException { return reportGet(waitingGet()); }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        Object r;
        synchronized (this) {
            while (result == null) {
                long left = end - System.nanoTime();
                if (left <= 0) throw new TimeoutException();
                wait(RingBlockingQueue.millisFor(left));
            }
            r = result;
        }
        return reportGet(r);
    }

    public T join() {
        boolean interrupted = false;
        Object r;
        synchronized (this) {
            while (result == null) {
                try { wait(); } catch (InterruptedException e) { interrupted = true; }
            }
            r = result;
        }
        if (interrupted) Thread.currentThread().interrupt();
        return reportJoin(r);
    }

    public T getNow(T valueIfAbsent) {
        Object r = rawResult();
        return r == null ? valueIfAbsent : reportJoin(r);
    }

    public T resultNow() {
        Object r = rawResult();
        if (r == null) throw new IllegalStateException("Task has not completed");
        Throwable x = exceptionOf(r);
        if (x == null) return valueOf(r);
        if (x instanceof CancellationException) throw new IllegalStateException("Task was cancelled");
        throw new IllegalStateException("Task completed with exception");
    }

    public Throwable exceptionNow() {
        Object r = rawResult();
        if (r == null) throw new IllegalStateException("Task has not completed");
        Throwable x = exceptionOf(r);
        if (x == null) throw new IllegalStateException("Task completed with a result");
        if (x instanceof CancellationException) throw new IllegalStateException("Task was cancelled");
        if (x instanceof CompletionException && x.getCause() != null) x = x.getCause();
        return x;
    }

    public Future.State state() {
        Object r = rawResult();
        if (r == null) return Future.State.RUNNING;
        Throwable x = exceptionOf(r);
        if (x == null) return Future.State.SUCCESS;
        return x instanceof CancellationException ? Future.State.CANCELLED : Future.State.FAILED;
    }

    public boolean complete(T value) { return completeWith(encodeValue(value)); }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        return completeWith(new AltResult(ex));
    }

    public void obtrudeValue(T value) {
        synchronized (this) { result = encodeValue(value); notifyAll(); }
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        synchronized (this) { result = new AltResult(ex); notifyAll(); }
    }

    public synchronized int getNumberOfDependents() { return dependents == null ? 0 : dependents.size(); }

    public CompletableFuture<T> toCompletableFuture() { return this; }

    public CompletableFuture<T> copy() {
        CompletableFuture<T> d = newIncompleteFuture();
        onDone(() -> d.completeWith(encodeRelay(rawResult())));
        return d;
    }

    public CompletionStage<T> minimalCompletionStage() { return copy(); }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) throw new NullPointerException();
        executor.execute(() -> {
            try {
                completeWith(encodeValue(supplier.get()));
            } catch (Throwable ex) {
                completeWith(encodeThrowable(ex));
            }
        });
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) { return completeAsync(supplier, defaultExecutor()); }

    private void later(long timeout, TimeUnit unit, Runnable r) {
        long ms = RingBlockingQueue.millisFor(unit.toNanos(timeout));
        Thread t = new Thread(() -> {
            try { Thread.sleep(ms); } catch (InterruptedException e) { return; }
            r.run();
        }, "CompletableFutureDelayScheduler");
        t.setDaemon(true);
        t.start();
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) throw new NullPointerException();
        if (rawResult() == null) later(timeout, unit, () -> completeWith(new AltResult(new TimeoutException())));
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) throw new NullPointerException();
        if (rawResult() == null) later(timeout, unit, () -> completeWith(encodeValue(value)));
        return this;
    }

    public String toString() {
        Object r;
        int n;
        synchronized (this) {
            r = result;
            n = dependents == null ? 0 : dependents.size();
        }
        String s;
        if (r == null) s = n == 0 ? "[Incomplete]" : "[Incomplete with " + n + " dependents]";
        else if (exceptionOf(r) != null) s = "[Completed exceptionally: " + exceptionOf(r) + "]";
        else s = "[Completed normally]";
        return super.toString() + s;
    }

    // ---- stages

    private <U> CompletableFuture<U> uniApply(Executor e, Function<? super T, ? extends U> fn) {
        if (fn == null) throw new NullPointerException();
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> {
            Object r = rawResult();
            if (exceptionOf(r) != null) {
                d.completeWith(encodeRelay(r));
                return;
            }
            fire(e, () -> {
                try {
                    d.completeWith(encodeValue(fn.apply(CompletableFuture.<T>valueOf(r))));
                } catch (Throwable ex) {
                    d.completeWith(encodeThrowable(ex));
                }
            });
        });
        return d;
    }

    private CompletableFuture<Void> uniAccept(Executor e, Consumer<? super T> action) {
        if (action == null) throw new NullPointerException();
        return uniApply(e, v -> {
            action.accept(v);
            return null;
        });
    }

    private CompletableFuture<Void> uniRun(Executor e, Runnable action) {
        if (action == null) throw new NullPointerException();
        return uniApply(e, v -> {
            action.run();
            return null;
        });
    }

    private <U, V> CompletableFuture<V> biApply(Executor e, CompletionStage<? extends U> o, BiFunction<? super T, ? super U, ? extends V> fn) {
        if (fn == null || o == null) throw new NullPointerException();
        CompletableFuture<? extends U> other = o.toCompletableFuture();
        CompletableFuture<V> d = newIncompleteFuture();
        onDone(() -> other.onDone(() -> {
            Object r = rawResult(), s = other.rawResult();
            if (exceptionOf(r) != null) {
                d.completeWith(encodeRelay(r));
                return;
            }
            if (exceptionOf(s) != null) {
                d.completeWith(encodeRelay(s));
                return;
            }
            fire(e, () -> {
                try {
                    d.completeWith(encodeValue(fn.apply(CompletableFuture.<T>valueOf(r), CompletableFuture.<U>valueOf(s))));
                } catch (Throwable ex) {
                    d.completeWith(encodeThrowable(ex));
                }
            });
        }));
        return d;
    }

    private <U> CompletableFuture<U> orApply(Executor e, CompletionStage<? extends T> o, Function<? super T, U> fn) {
        if (fn == null || o == null) throw new NullPointerException();
        CompletableFuture<? extends T> other = o.toCompletableFuture();
        CompletableFuture<U> d = newIncompleteFuture();
        boolean[] fired = new boolean[1];
        Consumer<CompletableFuture<? extends T>> step = src -> {
            synchronized (fired) {
                if (fired[0]) return;
                fired[0] = true;
            }
            Object r = src.rawResult();
            if (exceptionOf(r) != null) {
                d.completeWith(encodeRelay(r));
                return;
            }
            fire(e, () -> {
                try {
                    d.completeWith(encodeValue(fn.apply(CompletableFuture.<T>valueOf(r))));
                } catch (Throwable ex) {
                    d.completeWith(encodeThrowable(ex));
                }
            });
        };
        onDone(() -> step.accept(this));
        other.onDone(() -> step.accept(other));
        return d;
    }

    private <U> CompletableFuture<U> uniHandle(Executor e, BiFunction<? super T, Throwable, ? extends U> fn) {
        if (fn == null) throw new NullPointerException();
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> fire(e, () -> {
            Object r = rawResult();
            try {
                d.completeWith(encodeValue(fn.apply(CompletableFuture.<T>valueOf(r), exceptionOf(r))));
            } catch (Throwable ex) {
                d.completeWith(encodeThrowable(ex));
            }
        }));
        return d;
    }

    private CompletableFuture<T> uniWhenComplete(Executor e, BiConsumer<? super T, ? super Throwable> action) {
        if (action == null) throw new NullPointerException();
        CompletableFuture<T> d = newIncompleteFuture();
        onDone(() -> fire(e, () -> {
            Object r = rawResult();
            Throwable x = exceptionOf(r);
            try {
                action.accept(CompletableFuture.<T>valueOf(r), x);
            } catch (Throwable ex) {
                if (x == null) {
                    d.completeWith(encodeThrowable(ex));
                    return;
                }
                if (x != ex) x.addSuppressed(ex);
            }
            d.completeWith(encodeRelay(r));
        }));
        return d;
    }

    private <U> CompletableFuture<U> uniCompose(Executor e, Function<? super T, ? extends CompletionStage<U>> fn) {
        if (fn == null) throw new NullPointerException();
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> {
            Object r = rawResult();
            if (exceptionOf(r) != null) {
                d.completeWith(encodeRelay(r));
                return;
            }
            fire(e, () -> {
                try {
                    CompletableFuture<U> g = fn.apply(CompletableFuture.<T>valueOf(r)).toCompletableFuture();
                    g.onDone(() -> d.completeWith(encodeRelay(g.rawResult())));
                } catch (Throwable ex) {
                    d.completeWith(encodeThrowable(ex));
                }
            });
        });
        return d;
    }

    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) { return uniApply(null, fn); }
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) { return uniApply(defaultExecutor(), fn); }
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) { return uniApply(screen(executor), fn); }

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) { return uniAccept(null, action); }
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) { return uniAccept(defaultExecutor(), action); }
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) { return uniAccept(screen(executor), action); }

    public CompletableFuture<Void> thenRun(Runnable action) { return uniRun(null, action); }
    public CompletableFuture<Void> thenRunAsync(Runnable action) { return uniRun(defaultExecutor(), action); }
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) { return uniRun(screen(executor), action); }

    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(null, other, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(defaultExecutor(), other, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn,
                                                        Executor executor) {
        return biApply(screen(executor), other, fn);
    }

    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        return thenAcceptBothAsync0(null, other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        return thenAcceptBothAsync0(defaultExecutor(), other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action,
                                                           Executor executor) {
        return thenAcceptBothAsync0(screen(executor), other, action);
    }

    private <U> CompletableFuture<Void> thenAcceptBothAsync0(Executor e, CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        if (action == null) throw new NullPointerException();
        return biApply(e, other, (a, b) -> {
            action.accept(a, b);
            return null;
        });
    }

    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) { return runAfterBoth0(null, other, action); }
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) { return runAfterBoth0(defaultExecutor(), other, action); }
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return runAfterBoth0(screen(executor), other, action);
    }

    private CompletableFuture<Void> runAfterBoth0(Executor e, CompletionStage<?> other, Runnable action) {
        if (action == null) throw new NullPointerException();
        return biApply(e, other, (a, b) -> {
            action.run();
            return null;
        });
    }

    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) { return orApply(null, other, fn); }
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApply(defaultExecutor(), other, fn);
    }
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn, Executor executor) {
        return orApply(screen(executor), other, fn);
    }

    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) { return acceptEither0(null, other, action); }
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return acceptEither0(defaultExecutor(), other, action);
    }
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action, Executor executor) {
        return acceptEither0(screen(executor), other, action);
    }

    private CompletableFuture<Void> acceptEither0(Executor e, CompletionStage<? extends T> other, Consumer<? super T> action) {
        if (action == null) throw new NullPointerException();
        return orApply(e, other, v -> {
            action.accept(v);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) { return runAfterEither0(null, other, action); }
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return runAfterEither0(defaultExecutor(), other, action);
    }
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return runAfterEither0(screen(executor), other, action);
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> runAfterEither0(Executor e, CompletionStage<?> other, Runnable action) {
        if (action == null) throw new NullPointerException();
        return orApply(e, (CompletionStage<? extends T>) other, v -> {
            action.run();
            return null;
        });
    }

    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) { return uniCompose(null, fn); }
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) { return uniCompose(defaultExecutor(), fn); }
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
        return uniCompose(screen(executor), fn);
    }

    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) { return uniHandle(null, fn); }
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) { return uniHandle(defaultExecutor(), fn); }
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniHandle(screen(executor), fn);
    }

    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) { return uniWhenComplete(null, action); }
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) { return uniWhenComplete(defaultExecutor(), action); }
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uniWhenComplete(screen(executor), action);
    }

    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        if (fn == null) throw new NullPointerException();
        CompletableFuture<T> d = newIncompleteFuture();
        onDone(() -> {
            Object r = rawResult();
            Throwable x = exceptionOf(r);
            if (x == null) {
                d.completeWith(r);
                return;
            }
            try {
                d.completeWith(encodeValue(fn.apply(x)));
            } catch (Throwable ex) {
                d.completeWith(encodeThrowable(ex));
            }
        });
        return d;
    }
}
