/*
 * A full disk, on demand: preloaded into kb (LD_PRELOAD), it lets writes to files under one
 * folder use up a budget of bytes, then fails every further one with ENOSPC, as a disk that
 * has filled up would. Used by the disk-full tests and tools/crash/harness.py.
 *
 *   cc -shared -fPIC -O2 -o enospc.so tools/faults/enospc.c -ldl
 *   KB_ENOSPC_PREFIX=/path/to/store KB_ENOSPC_AFTER=200000 LD_PRELOAD=./enospc.so kb ingest …
 *
 * KB_ENOSPC_PREFIX  writes to files whose path starts with this are counted (others never fail)
 * KB_ENOSPC_AFTER   bytes such writes may use before they fail (unset: never fail)
 * KB_ENOSPC_REPORT  a file to append "bytes-written\n" to when the process exits (to measure)
 *
 * A write larger than what is left fails whole; space reserved with fallocate counts as written.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *prefix;
static size_t prefix_len;
static long long budget = -1; /* bytes left; -1: unlimited */
static long long used;
static const char *report;

__attribute__((constructor)) static void start(void) {
    prefix = getenv("KB_ENOSPC_PREFIX");
    prefix_len = prefix ? strlen(prefix) : 0;
    const char *after = getenv("KB_ENOSPC_AFTER");
    if (after) budget = atoll(after);
    report = getenv("KB_ENOSPC_REPORT");
}

__attribute__((destructor)) static void finish(void) {
    if (!report) return;
    FILE *f = fopen(report, "a");
    if (f) { fprintf(f, "%lld\n", __atomic_load_n(&used, __ATOMIC_SEQ_CST)); fclose(f); }
}

static int watched(int fd) {
    if (!prefix_len) return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = 0;
    /* The folder itself and what is below it: /srv/kb, not /srv/kb.log beside it. */
    return strncmp(path, prefix, prefix_len) == 0 && (path[prefix_len] == '/' || path[prefix_len] == 0);
}

/* 0 when the write may go ahead; -1 with errno ENOSPC when the disk is "full". */
static int take(int fd, long long count) {
    if (count <= 0 || !watched(fd)) return 0;
    if (budget >= 0) {
        long long left = __atomic_load_n(&budget, __ATOMIC_SEQ_CST);
        do {
            if (count > left) {
                __atomic_store_n(&budget, 0, __ATOMIC_SEQ_CST);
                errno = ENOSPC;
                return -1;
            }
        } while (!__atomic_compare_exchange_n(&budget, &left, left - count, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    }
    __atomic_add_fetch(&used, count, __ATOMIC_SEQ_CST);
    return 0;
}

#define REAL(name) static __typeof__(&name) real_##name; if (!real_##name) real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t count) {
    REAL(write);
    if (take(fd, (long long)count)) return -1;
    return real_write(fd, buf, count);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    REAL(pwrite);
    if (take(fd, (long long)count)) return -1;
    return real_pwrite(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset) {
    REAL(pwrite64);
    if (take(fd, (long long)count)) return -1;
    return real_pwrite64(fd, buf, count, offset);
}

static long long total(const struct iovec *iov, int n) {
    long long t = 0;
    for (int i = 0; i < n; i++) t += (long long)iov[i].iov_len;
    return t;
}

ssize_t writev(int fd, const struct iovec *iov, int n) {
    REAL(writev);
    if (take(fd, total(iov, n))) return -1;
    return real_writev(fd, iov, n);
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t offset) {
    REAL(pwritev);
    if (take(fd, total(iov, n))) return -1;
    return real_pwritev(fd, iov, n, offset);
}

int fallocate(int fd, int mode, off_t offset, off_t len) {
    REAL(fallocate);
    if (take(fd, (long long)len)) return -1;
    return real_fallocate(fd, mode, offset, len);
}

int fallocate64(int fd, int mode, off64_t offset, off64_t len) {
    REAL(fallocate64);
    if (take(fd, (long long)len)) return -1;
    return real_fallocate64(fd, mode, offset, len);
}

int posix_fallocate(int fd, off_t offset, off_t len) {
    REAL(posix_fallocate);
    if (take(fd, (long long)len)) return ENOSPC;
    return real_posix_fallocate(fd, offset, len);
}

int posix_fallocate64(int fd, off64_t offset, off64_t len) {
    REAL(posix_fallocate64);
    if (take(fd, (long long)len)) return ENOSPC;
    return real_posix_fallocate64(fd, offset, len);
}
