package java.util.concurrent;

/** Time units, each its length in nanoseconds; conversions truncate and saturate at Long.MIN_VALUE/MAX_VALUE. */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000L),
    SECONDS(1000L * 1000L * 1000L),
    MINUTES(60L * 1000L * 1000L * 1000L),
    HOURS(60L * 60L * 1000L * 1000L * 1000L),
    DAYS(24L * 60L * 60L * 1000L * 1000L * 1000L);

    private final long scale;

    TimeUnit(long scale) { this.scale = scale; }

    private static long cvt(long d, long from, long to) {
        if (from == to) return d;
        if (from < to) return d / (to / from);
        long r = from / to;
        long max = Long.MAX_VALUE / r;
        if (d > max) return Long.MAX_VALUE;
        if (d < -max) return Long.MIN_VALUE;
        return d * r;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) { return cvt(sourceDuration, sourceUnit.scale, scale); }

    public long toNanos(long d) { return cvt(d, scale, NANOSECONDS.scale); }
    public long toMicros(long d) { return cvt(d, scale, MICROSECONDS.scale); }
    public long toMillis(long d) { return cvt(d, scale, MILLISECONDS.scale); }
    public long toSeconds(long d) { return cvt(d, scale, SECONDS.scale); }
    public long toMinutes(long d) { return cvt(d, scale, MINUTES.scale); }
    public long toHours(long d) { return cvt(d, scale, HOURS.scale); }
    public long toDays(long d) { return cvt(d, scale, DAYS.scale); }

    /** Milliseconds to wait for a timeout of d in this unit: at least 1 for any positive timeout. */
    long waitMillis(long d) {
        if (d <= 0) return 0;
        long ms = toMillis(d);
        if (ms == 0 || toNanos(d) > cvt(ms, MILLISECONDS.scale, 1)) ms = ms == Long.MAX_VALUE ? ms : ms + 1;
        return ms;
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) Thread.sleep(waitMillis(timeout));
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) thread.join(waitMillis(timeout));
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) obj.wait(waitMillis(timeout));
    }
}
