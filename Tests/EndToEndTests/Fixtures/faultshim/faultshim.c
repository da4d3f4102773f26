// A fault-injection shim for sitegen's tests, loaded with LD_PRELOAD. It makes the Nth call of
// one kind (open, write, rename, mkdir, fsync) on a path that contains SITEGEN_FAULT_PATH fail
// with SITEGEN_FAULT_ERRNO (ENOSPC, EIO, EACCES), and can count the calls of that kind instead.
//
//   SITEGEN_FAULT_CALL=write SITEGEN_FAULT_AT=3 SITEGEN_FAULT_ERRNO=ENOSPC SITEGEN_FAULT_PATH=/site/
//   SITEGEN_FAULT_COUNT=/tmp/count   (writes how many such calls were made, at exit)
//   SITEGEN_FAULT_ERRNO=KILL         (the process kills itself with SIGKILL at that call instead)
//   SITEGEN_FAULT_WHILE=/tmp/flag    (every such call fails while that file exists: a disk that fills up)
//   SITEGEN_FAULT_READS=1            (`open` for reading fails too: an unreadable file, even to root)
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#define WATCHED 65536
static char watched[WATCHED];
static int calls;
static int at = -1;
static int fault = ENOSPC;
static int killing;
static const char *kind = "write";
static const char *prefix;
static const char *flag;
static int reads;

__attribute__((constructor)) static void setup(void) {
    const char *value = getenv("SITEGEN_FAULT_AT");
    if (value) at = atoi(value);
    if ((value = getenv("SITEGEN_FAULT_CALL"))) kind = value;
    prefix = getenv("SITEGEN_FAULT_PATH");
    flag = getenv("SITEGEN_FAULT_WHILE");
    reads = getenv("SITEGEN_FAULT_READS") != NULL;
    if ((value = getenv("SITEGEN_FAULT_ERRNO"))) {
        if (!strcmp(value, "EIO")) fault = EIO;
        else if (!strcmp(value, "EACCES")) fault = EACCES;
        else if (!strcmp(value, "KILL")) killing = 1;
        else fault = ENOSPC;
    }
}

__attribute__((destructor)) static void report(void) {
    const char *file = getenv("SITEGEN_FAULT_COUNT");
    if (!file) return;
    FILE *out = fopen(file, "w");
    if (out) { fprintf(out, "%d\n", calls); fclose(out); }
}

static int watching(const char *path) { return prefix && path && strstr(path, prefix); }

static int fails(const char *call) {
    if (strcmp(call, kind)) return 0;
    calls++;
    if (flag) {
        struct stat status;
        if (stat(flag, &status) == 0) { errno = fault; return 1; }
        return 0;
    }
    if (calls == at) {
        if (killing) kill(getpid(), SIGKILL);
        errno = fault;
        return 1;
    }
    return 0;
}

static int opened(const char *path, int fd) {
    if (fd >= 0 && fd < WATCHED) watched[fd] = watching(path) ? 1 : 0;
    return fd;
}

static int opening(const char *symbol, const char *path, int flags, mode_t mode) {
    int (*real)(const char *, int, ...) = dlsym(RTLD_NEXT, symbol);
    if (watching(path) && ((flags & (O_WRONLY | O_RDWR)) || reads) && fails("open")) return -1;
    return opened(path, real(path, flags, mode));
}

int open(const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & O_CREAT) { va_list args; va_start(args, flags); mode = va_arg(args, int); va_end(args); }
    return opening("open", path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & O_CREAT) { va_list args; va_start(args, flags); mode = va_arg(args, int); va_end(args); }
    return opening("open64", path, flags, mode);
}

ssize_t write(int fd, const void *buffer, size_t count) {
    static ssize_t (*real)(int, const void *, size_t);
    if (!real) real = dlsym(RTLD_NEXT, "write");
    if (fd >= 0 && fd < WATCHED && watched[fd] && fails("write")) return -1;
    return real(fd, buffer, count);
}

int close(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "close");
    if (fd >= 0 && fd < WATCHED) watched[fd] = 0;
    return real(fd);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fsync");
    if (fd >= 0 && fd < WATCHED && watched[fd] && fails("fsync")) return -1;
    return real(fd);
}

int rename(const char *from, const char *to) {
    static int (*real)(const char *, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "rename");
    if ((watching(from) || watching(to)) && fails("rename")) return -1;
    return real(from, to);
}

int mkdir(const char *path, mode_t mode) {
    static int (*real)(const char *, mode_t);
    if (!real) real = dlsym(RTLD_NEXT, "mkdir");
    if (watching(path) && fails("mkdir")) return -1;
    return real(path, mode);
}
