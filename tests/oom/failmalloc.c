/*
 * failmalloc.c: make the Nth allocation fail, for the out-of-memory
 * tests.  Linked into a test build of iompubs (never the real one), it
 * replaces malloc and friends for the whole process, libyaml and
 * libunistring included, as glibc allows.
 *
 *	IOMPUBS_FAIL_AT=N	fail the Nth allocation ...
 *	IOMPUBS_FAIL_MODE=once	... only (the default), or
 *	IOMPUBS_FAIL_MODE=from	... and every one after it
 *	IOMPUBS_COUNT_ALLOCS=1	print the number of allocations at exit
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void	*__libc_malloc(size_t);
void	*__libc_calloc(size_t, size_t);
void	*__libc_realloc(void *, size_t);
void	 __libc_free(void *);

void	*malloc(size_t);
void	*calloc(size_t, size_t);
void	*realloc(void *, size_t);
void	 free(void *);

static long	 count;
static long	 fail_at = -1;
static int	 fail_from;
static int	 ready;

static void
report(void)
{
	char	 buf[64];
	int	 n;

	n = snprintf(buf, sizeof(buf), "allocations: %ld\n", count);
	if (n > 0)
		(void)!write(STDERR_FILENO, buf, (size_t)n);
}

/*
 * Once the program has exited, what runs after it (the coverage
 * counters' writer, in a coverage build) is not under test.
 */
static void
stop_failing(void)
{
	fail_at = -1;
}

/* getenv() and strtol() do not allocate, so this is safe in malloc. */
static void
setup(void)
{
	const char	*v;

	ready = 1;
	atexit(stop_failing);
	if ((v = getenv("IOMPUBS_FAIL_AT")) != NULL)
		fail_at = strtol(v, NULL, 10);
	if ((v = getenv("IOMPUBS_FAIL_MODE")) != NULL)
		fail_from = strcmp(v, "from") == 0;
	if (getenv("IOMPUBS_COUNT_ALLOCS") != NULL)
		atexit(report);
}

static int
failing(void)
{
	if (!ready)
		setup();
	count++;
	if (fail_at <= 0)
		return 0;
	return fail_from ? count >= fail_at : count == fail_at;
}

void *
malloc(size_t n)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(n);
}

void *
calloc(size_t n, size_t size)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_calloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	if (n > 0 && failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_realloc(p, n);
}

void
free(void *p)
{
	__libc_free(p);
}
