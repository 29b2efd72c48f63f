/*
 * banned.h - libc calls that are easy to misuse are banned from RustMQ.
 *
 * Included (force-included by the build) after the system headers, so any use of
 * these names fails to compile with a message naming the safe alternative.
 * Use snprintf / rmq_strlcpy / memcpy with explicit lengths, and strtok_r.
 */
#ifndef RMQ_BANNED_H
#define RMQ_BANNED_H

#define RMQ_BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) RMQ_BANNED(strcpy)
#undef strcat
#define strcat(x, y) RMQ_BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) RMQ_BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) RMQ_BANNED(strncat)
#undef sprintf
#define sprintf(...) RMQ_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) RMQ_BANNED(vsprintf)
#undef gets
#define gets(x) RMQ_BANNED(gets)
#undef strtok
#define strtok(x, y) RMQ_BANNED(strtok)
#undef asctime
#define asctime(x) RMQ_BANNED(asctime)
#undef ctime
#define ctime(x) RMQ_BANNED(ctime)
#undef gmtime
#define gmtime(x) RMQ_BANNED(gmtime)
#undef localtime
#define localtime(x) RMQ_BANNED(localtime)

#endif
