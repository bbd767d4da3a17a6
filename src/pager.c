/*
 * pager.c: running the pager.
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
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

bool
pager_found(const char *cmd)
{
	const char	*word, *path, *dir, *end;
	size_t		 len;

	word = cmd + strspn(cmd, " \t");
	len = strcspn(word, " \t");
	if (len == 0)
		return false;
	if (memchr(word, '/', len) != NULL) {
		char *prog = strndup(word, len);
		bool ok = prog != NULL && access(prog, X_OK) == 0;
		free(prog);
		return ok;
	}
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
	struct sigaction	 ign, oldint, oldquit;
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

	err = write_all(fd[1], text, len);
	close(fd[1]);
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	sigaction(SIGINT, &oldint, NULL);
	sigaction(SIGQUIT, &oldquit, NULL);
	return err == EPIPE ? 0 : err;
}
