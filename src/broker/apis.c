/*
 * apis.c - the table of Kafka APIs the broker serves: for each, its handler, the versions it
 * advertises, and the resource and operation a request needs to be authorized for (Kafka's
 * ACL model, used by the security layer; without an authorizer nothing checks them).
 *
 * The resource and operation are those Kafka's own broker checks first for the API; handlers
 * that act on several resources (OffsetCommit: the group, then each topic) check the rest
 * themselves. Codes are Kafka's AclResourceType and AclOperation values.
 */
#include "broker/broker_int.h"
#include "common/mem.h"

#define T RMQ_ACL_RES_TOPIC
#define G RMQ_ACL_RES_GROUP
#define C RMQ_ACL_RES_CLUSTER

static const rmq_api_t apis[] = {
    /* key, handler, lowest version served (0: the codec's lowest), resource, operation,
       offload (the handler waits for a metadata journal write: the admin thread runs it) */
    {RMQ_KAFKA_API_API_VERSIONS, rmq_h_api_versions, 0, RMQ_ACL_RES_NONE, RMQ_ACL_OP_NONE},
    {RMQ_KAFKA_API_METADATA, rmq_h_metadata, 0, T, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_DESCRIBE_CLUSTER, rmq_h_describe_cluster, 0, C, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_FIND_COORDINATOR, rmq_h_find_coordinator, 0, G, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_PRODUCE, rmq_h_produce, 0, T, RMQ_ACL_OP_WRITE},
    {RMQ_KAFKA_API_INIT_PRODUCER_ID, rmq_h_produce, 0, C, RMQ_ACL_OP_IDEMPOTENT_WRITE, 1},
    /* Records are stored as RecordBatch v2 only: Fetch v0-3 carry the older message formats,
       which are not converted to. Produce keeps its full range, as Kafka 3.x advertises it:
       librdkafka before 2.10 compresses with gzip, snappy or lz4 only when the broker lists
       Produce v0, and otherwise silently sends those batches uncompressed. A legacy message
       set in Produce v0-2 gets UNSUPPORTED_FOR_MESSAGE_FORMAT from the produce handler. */
    {RMQ_KAFKA_API_FETCH, rmq_h_fetch, 4, T, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_LIST_OFFSETS, rmq_h_fetch, 0, T, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_OFFSET_COMMIT, rmq_h_group, 0, G, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_OFFSET_FETCH, rmq_h_group, 0, G, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_JOIN_GROUP, rmq_h_group, 0, G, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_HEARTBEAT, rmq_h_group, 0, G, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_LEAVE_GROUP, rmq_h_group, 0, G, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_SYNC_GROUP, rmq_h_group, 0, G, RMQ_ACL_OP_READ},
    {RMQ_KAFKA_API_DESCRIBE_GROUPS, rmq_h_group, 0, G, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_LIST_GROUPS, rmq_h_group, 0, C, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_DELETE_GROUPS, rmq_h_group, 0, G, RMQ_ACL_OP_DELETE, 1},
    {RMQ_KAFKA_API_OFFSET_DELETE, rmq_h_group, 0, G, RMQ_ACL_OP_DELETE, 1},
    {RMQ_KAFKA_API_CREATE_TOPICS, rmq_h_admin, 0, T, RMQ_ACL_OP_CREATE, 1},
    {RMQ_KAFKA_API_DELETE_TOPICS, rmq_h_admin, 0, T, RMQ_ACL_OP_DELETE, 1},
    {RMQ_KAFKA_API_CREATE_PARTITIONS, rmq_h_admin, 0, T, RMQ_ACL_OP_ALTER, 1},
    {RMQ_KAFKA_API_DELETE_RECORDS, rmq_h_admin, 0, T, RMQ_ACL_OP_DELETE, 1},
    {RMQ_KAFKA_API_DESCRIBE_CONFIGS, rmq_h_admin, 0, T, RMQ_ACL_OP_DESCRIBE_CONFIGS},
    {RMQ_KAFKA_API_ALTER_CONFIGS, rmq_h_admin, 0, T, RMQ_ACL_OP_ALTER_CONFIGS, 1},
    {RMQ_KAFKA_API_INCREMENTAL_ALTER_CONFIGS, rmq_h_admin, 0, T, RMQ_ACL_OP_ALTER_CONFIGS, 1},
    {RMQ_KAFKA_API_OFFSET_FOR_LEADER_EPOCH, rmq_h_admin, 0, T, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_DESCRIBE_ACLS, rmq_h_security, 0, C, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_CREATE_ACLS, rmq_h_security, 0, C, RMQ_ACL_OP_ALTER},
    {RMQ_KAFKA_API_DELETE_ACLS, rmq_h_security, 0, C, RMQ_ACL_OP_ALTER},
    {RMQ_KAFKA_API_DESCRIBE_USER_SCRAM_CREDENTIALS, rmq_h_security, 0, C, RMQ_ACL_OP_DESCRIBE},
    {RMQ_KAFKA_API_ALTER_USER_SCRAM_CREDENTIALS, rmq_h_security, 0, C, RMQ_ACL_OP_ALTER},
};

#undef T
#undef G
#undef C

const rmq_api_t *rmq_api_find(int16_t api_key)
{
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(apis); i++)
        if (apis[i].api_key == api_key)
            return &apis[i];
    return NULL;
}

int rmq_api_served_versions(int16_t api_key, int16_t *min, int16_t *max)
{
    const rmq_api_t *api = rmq_api_find(api_key);
    const rmq_kafka_api_t *codec = rmq_kafka_api_get(api_key);

    if (!api || !codec)
        return 0;
    *min = codec->min_version > api->min_version ? codec->min_version : api->min_version;
    *max = codec->max_version;
    /* A version the schema marks unstable is not advertised. */
    if (codec->latest_unstable && *max > *min)
        (*max)--;
    return 1;
}
