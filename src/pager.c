/*
 * pager.c: running the pager.
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pager.h"

static const char *
nonempty_env(const char *name)
{
	const char	*v = getenv(name);

	return v != NULL && *v != '\0' ? v : NULL;
}

const char *
pager_command(void)
{
	const char	*cmd;

	if ((cmd = nonempty_env("IOMPUBS_PAGER")) != NULL ||
	    (cmd = nonempty_env("PAGER")) != NULL)
		return cmd;
	return "less";
}

/* Is there an executable file dir/name (dir of dlen bytes)? */
static bool
executable(const char *dir, size_t dlen, const char *name, size_t nlen)
{
	char	*path;
	bool	 ok;

	if ((path = malloc(dlen + nlen + 2)) == NULL)
		return false;
	memcpy(path, dir, dlen);
	path[dlen] = '/';
	memcpy(path + dlen + 1, name, nlen);
	path[dlen + nlen + 1] = '\0';
	ok = access(path, X_OK) == 0;
	free(path);
	return ok;
}

/*
 * The program of a shell command line, as sh would find it, into buf:
 * assignments (LESS=R) and "exec" or "command" before it skipped, its
 * quotes and backslashes removed.  0 if there is none, -1 if it cannot
 * be told without running the shell (an expansion: $, `).
 */
static int
program(const char *cmd, char *buf, size_t size)
{
	const char	*p = cmd;
	size_t		 o;
	char		 q;
	bool		 assignment;

	for (;;) {
		p += strspn(p, " \t");
		for (o = 0, q = 0, assignment = false; *p != '\0'; p++) {
			if (q == 0 && (*p == ' ' || *p == '\t' || *p == ';' ||
			    *p == '|' || *p == '&' || *p == '\n'))
				break;
			if (*p == '$' || *p == '`')
				return -1;
			if (q == 0 && (*p == '\'' || *p == '"')) {
				q = *p;
				continue;
			}
			if (q != 0 && *p == q) {
				q = 0;
				continue;
			}
			if (*p == '\\' && q != '\'' && p[1] != '\0')
				p++;
			else if (*p == '=' && q == 0 && o > 0 &&
			    strspn(buf, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"
			    "nopqrstuvwxyz0123456789_") == o)
				assignment = true;
			if (o + 1 >= size)
				return -1;
			buf[o++] = *p;
			buf[o] = '\0';
		}
		if (o == 0)
			return 0;
		buf[o] = '\0';
		if (!assignment && strcmp(buf, "exec") != 0 &&
		    strcmp(buf, "command") != 0)
			return 1;
	}
}

bool
pager_found(const char *cmd)
{
	const char	*path, *dir, *end;
	char		 word[1024];
	size_t		 len;
	int		 r;

	if ((r = program(cmd, word, sizeof(word))) <= 0)
		return r < 0;	/* the shell will tell */
	len = strlen(word);
	if (strchr(word, '/') != NULL)
		return access(word, X_OK) == 0;
	if ((path = getenv("PATH")) == NULL)
		path = "/usr/bin:/bin";
	for (dir = path; ; dir = end + 1) {
		if ((end = strchr(dir, ':')) == NULL)
			end = dir + strlen(dir);
		if (end == dir ? executable(".", 1, word, len) :
		    executable(dir, (size_t)(end - dir), word, len))
			return true;
		if (*end == '\0')
			return false;
	}
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
pager_show(const char *cmd, const char *text, size_t len)
{
	struct sigaction	 ign, oldint, oldquit, oldpipe;
	pid_t			 pid;
	int			 fd[2], err, status;

	if (pipe(fd) == -1)
		return errno;
	if ((pid = fork()) == -1) {
		err = errno;
		close(fd[0]);
		close(fd[1]);
		return err;
	}
	if (pid == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		/* Quit at the end, keep colours, leave the screen as it is. */
		if (getenv("LESS") == NULL)
			setenv("LESS", "FRX", 1);
		if (getenv("LV") == NULL)
			setenv("LV", "-c", 1);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);

	/*
	 * While the pager runs, ^C is for it: the user may interrupt a
	 * search in less without killing iompubs (and leaving the pager
	 * without its writer) underneath.
	 */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &oldint);
	sigaction(SIGQUIT, &ign, &oldquit);
	/* A pager that quits early is an EPIPE below, not a death. */
	sigaction(SIGPIPE, &ign, &oldpipe);

	err = write_all(fd[1], text, len);
	close(fd[1]);
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	sigaction(SIGINT, &oldint, NULL);
	sigaction(SIGQUIT, &oldquit, NULL);
	sigaction(SIGPIPE, &oldpipe, NULL);
	/* A pager that fails has not shown the text, whatever it read. */
	if (WIFSIGNALED(status))
		return -256 - WTERMSIG(status);
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		return -WEXITSTATUS(status);
	return err == EPIPE ? 0 : err;
}

void
pager_error(int err, char *buf, size_t size)
{
	if (err <= -256)
		snprintf(buf, size, "it was killed by signal %d", -err - 256);
	else if (err == -127)
		snprintf(buf, size, "the shell did not find it");
	else if (err < 0)
		snprintf(buf, size, "it exited with status %d", -err);
	else
		snprintf(buf, size, "%s", strerror(err));
}
