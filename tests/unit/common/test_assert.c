/* Unit tests for src/common/assert.c: a failed assertion prints file:line, expression and a
 * backtrace, then aborts. Runs the failure in a child process. */
#include <setjmp.h>
#include <cmocka.h>
#include <signal.h>
#include <sys/wait.h>

#include "common/assert.h"

static void __attribute__((noinline)) failing_function(int x)
{
    RMQ_ASSERT(x == 42);
}

static void run_child(void (*fn)(void), char *out, size_t outsz, int *status)
{
    int pfd[2];
    pid_t pid;
    size_t n = 0;
    ssize_t r;

    assert_int_equal(pipe(pfd), 0);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(pfd[1], STDERR_FILENO);
        close(pfd[0]);
        fn();
        _exit(0);
    }
    close(pfd[1]);
    while (n < outsz - 1 && (r = read(pfd[0], out + n, outsz - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = '\0';
    close(pfd[0]);
    assert_int_equal(waitpid(pid, status, 0), pid);
}

static void assert_child(void)
{
    failing_function(7);
}

static void panic_child(void)
{
    rmq_panic("disk %s is %d%% full", "wal0", 100);
}

static void ok_child(void)
{
    failing_function(42);
}

static void test_assert_fails_loudly(void **state)
{
    char out[8192];
    int status;
    (void)state;

    run_child(assert_child, out, sizeof(out), &status);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGABRT);
    assert_non_null(strstr(out, "test_assert.c:"));
    assert_non_null(strstr(out, "assertion failed: x == 42"));
    assert_non_null(strstr(out, "failing_function"));
    /* backtrace_symbols_fd prints one line per frame, with the binary's path. */
    assert_non_null(strstr(out, "test_common_assert"));
}

static void test_panic(void **state)
{
    char out[8192];
    int status;
    (void)state;

    run_child(panic_child, out, sizeof(out), &status);
    assert_true(WIFSIGNALED(status));
    assert_non_null(strstr(out, "PANIC: disk wal0 is 100% full"));
}

static void test_assert_passes(void **state)
{
    char out[256];
    int status;
    (void)state;

    run_child(ok_child, out, sizeof(out), &status);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_string_equal(out, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_assert_fails_loudly),
        cmocka_unit_test(test_panic),
        cmocka_unit_test(test_assert_passes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
