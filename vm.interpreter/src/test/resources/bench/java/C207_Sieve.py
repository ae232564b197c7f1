# The algorithm of corpus program C207_Sieve, for ./phantom bench java
import math

def sieve(n):
    composite = [False] * (n + 1)
    composite[0] = composite[1] = True
    i = 2
    while i * i <= n:
        if not composite[i]:
            for j in range(i * i, n + 1, i): composite[j] = True
        i += 1
    return composite

def segmented_count(limit, segment):
    sq = int(math.sqrt(limit))
    small = sieve(sq)
    counts = [0] * ((limit + segment) // segment)
    for lo in range(0, limit + 1, segment):
        hi = min(lo + segment - 1, limit)
        seg = [False] * (hi - lo + 1)
        for p in range(2, sq + 1):
            if small[p]: continue
            start = max(p * p, (lo + p - 1) // p * p)
            for j in range(start, hi + 1, p): seg[j - lo] = True
        c = 0
        for i in range(len(seg)):
            if not seg[i] and lo + i >= 2: c += 1
        counts[lo // segment] = c
    return counts

def main():
    n = 200000
    comp = sieve(n)
    count = 0; s = 0; last = 0; twin = 0; max_gap = 0; gap_at = 0; prev = 2
    first = []
    for i in range(2, n + 1):
        if comp[i]: continue
        count += 1; s += i
        if count <= 25: first.append(str(i))
        if i - prev == 2: twin += 1
        if i - prev > max_gap: max_gap = i - prev; gap_at = prev
        prev = i; last = i
    print("first 25: " + " ".join(first))
    print("count=%d sum=%d last=%d twins=%d maxGap=%d after %d" % (count, s, last, twin, max_gap, gap_at))
    p = 10
    while p <= n:
        c = 0
        for i in range(2, p + 1):
            if not comp[i]: c += 1
        print("pi(%d)=%d" % (p, c))
        p *= 10
    segs = segmented_count(n, 25000)
    print("segments: " + " ".join(str(c) for c in segs) + " total=%d agrees=%s" % (sum(segs), "true" if sum(segs) == count else "false"))
    fails = 0
    for e in range(4, 10001, 2):
        ok = False
        for q in range(2, e // 2 + 1):
            if not comp[q] and not comp[e - q]:
                ok = True; break
        if not ok: fails += 1
    print("goldbach failures up to 10000: %d" % fails)

main()
