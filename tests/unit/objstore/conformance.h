/*
 * conformance.h - what the object store conformance cases (test_objstore_conformance.c) and
 * the backends they run against (conformance_backends.c) share. Both files are built once per
 * backend: plain for "local", -DCONF_BACKEND_S3 for s3 against an s3rver the program starts,
 * -DCONF_BACKEND_AZURE for azure against an Azurite it starts.
 */
#ifndef RMQ_TEST_OBJSTORE_CONFORMANCE_H
#define RMQ_TEST_OBJSTORE_CONFORMANCE_H

#include <pthread.h>

#include "objstore/objstore.h"

/* ---- the backend parameter ---- */

typedef struct fault_plan {
    int armed;      /* atomic-ish, guarded by mu */
    int fp;         /* fault point to fail, -1 = any */
    unsigned skip;  /* matching calls to let through first */
    unsigned times; /* how many matching calls to fail */
    int rc;
    unsigned fired;
    pthread_mutex_t mu;
} fault_plan_t;

typedef struct conf_backend {
    const char *name;
    /* Opens the store (fresh on first call for a test, the same data after reopen). */
    int (*open)(void *ctx, rmq_objstore_t **out);
    /* Removes all data after the test. */
    void (*wipe)(void *ctx);
    /* The backend can simulate a crash mid-put (local: fault hook + its directory). */
    int crash_capable;
    /* The backend's faults can be injected with arm()/disarm() (retry tests). */
    int fault_capable;
    /* Racing conditional puts have exactly one winner (else: why not, for the skip). */
    int cond_put_atomic;
    const char *cond_put_why_not;
    /* Listings page in bytewise key order across '/' levels (else: why not). */
    int list_order_exact;
    const char *list_order_why_not;
} conf_backend_t;

typedef struct fixture {
    const conf_backend_t *be;
    void *ctx;
    rmq_objstore_t *st;
} fixture_t;

/* The backend under test (the build's -DCONF_BACKEND_* picks it). */
extern const conf_backend_t *backend;

/* Fault injection into the backend under test (fault_capable backends): fail `times` calls
   at fault point fp (-1 = any) with rc after letting `skip` through; disarm returns how many
   fired. plan.mu guards the plan and the s3 request counters. */
extern fault_plan_t plan;
void arm(int fp, unsigned skip, unsigned times, int rc);
unsigned disarm(void);

/* The local backend's directory (its objects are under <local_dir>/objects). */
extern char local_dir[64];

/* NULL when the backend's server can run here, else why not (the suite then skips). */
const char *conf_missing(void);
/* Group fixtures: start and stop the backend's server (s3rver, Azurite) by PID. */
int conf_group_setup(void **state);
int conf_group_teardown(void **state);

#ifdef CONF_BACKEND_S3
/* Requests the s3 fault hook saw: POST, part PUT, DELETE, all (under plan.mu). */
extern unsigned s3_seen[4];
#endif
#ifdef CONF_BACKEND_AZURE
#define AZURITE_ACCOUNT "devstoreaccount1"
/* Opens an azure store on the running Azurite with the given account key. */
int azure_open_with(const char *key, int create, rmq_objstore_t **out, rmq_err_t *err);
#endif

#endif
