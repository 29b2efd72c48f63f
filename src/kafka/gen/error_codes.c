/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/errors.h"

const char *rmq_kerr_name(int code)
{
    switch (code) {
    case -1:
        return "UNKNOWN_SERVER_ERROR";
    case 0:
        return "NONE";
    case 1:
        return "OFFSET_OUT_OF_RANGE";
    case 2:
        return "CORRUPT_MESSAGE";
    case 3:
        return "UNKNOWN_TOPIC_OR_PARTITION";
    case 4:
        return "INVALID_FETCH_SIZE";
    case 5:
        return "LEADER_NOT_AVAILABLE";
    case 6:
        return "NOT_LEADER_OR_FOLLOWER";
    case 7:
        return "REQUEST_TIMED_OUT";
    case 8:
        return "BROKER_NOT_AVAILABLE";
    case 9:
        return "REPLICA_NOT_AVAILABLE";
    case 10:
        return "MESSAGE_TOO_LARGE";
    case 11:
        return "STALE_CONTROLLER_EPOCH";
    case 12:
        return "OFFSET_METADATA_TOO_LARGE";
    case 13:
        return "NETWORK_EXCEPTION";
    case 14:
        return "COORDINATOR_LOAD_IN_PROGRESS";
    case 15:
        return "COORDINATOR_NOT_AVAILABLE";
    case 16:
        return "NOT_COORDINATOR";
    case 17:
        return "INVALID_TOPIC_EXCEPTION";
    case 18:
        return "RECORD_LIST_TOO_LARGE";
    case 19:
        return "NOT_ENOUGH_REPLICAS";
    case 20:
        return "NOT_ENOUGH_REPLICAS_AFTER_APPEND";
    case 21:
        return "INVALID_REQUIRED_ACKS";
    case 22:
        return "ILLEGAL_GENERATION";
    case 23:
        return "INCONSISTENT_GROUP_PROTOCOL";
    case 24:
        return "INVALID_GROUP_ID";
    case 25:
        return "UNKNOWN_MEMBER_ID";
    case 26:
        return "INVALID_SESSION_TIMEOUT";
    case 27:
        return "REBALANCE_IN_PROGRESS";
    case 28:
        return "INVALID_COMMIT_OFFSET_SIZE";
    case 29:
        return "TOPIC_AUTHORIZATION_FAILED";
    case 30:
        return "GROUP_AUTHORIZATION_FAILED";
    case 31:
        return "CLUSTER_AUTHORIZATION_FAILED";
    case 32:
        return "INVALID_TIMESTAMP";
    case 33:
        return "UNSUPPORTED_SASL_MECHANISM";
    case 34:
        return "ILLEGAL_SASL_STATE";
    case 35:
        return "UNSUPPORTED_VERSION";
    case 36:
        return "TOPIC_ALREADY_EXISTS";
    case 37:
        return "INVALID_PARTITIONS";
    case 38:
        return "INVALID_REPLICATION_FACTOR";
    case 39:
        return "INVALID_REPLICA_ASSIGNMENT";
    case 40:
        return "INVALID_CONFIG";
    case 41:
        return "NOT_CONTROLLER";
    case 42:
        return "INVALID_REQUEST";
    case 43:
        return "UNSUPPORTED_FOR_MESSAGE_FORMAT";
    case 44:
        return "POLICY_VIOLATION";
    case 45:
        return "OUT_OF_ORDER_SEQUENCE_NUMBER";
    case 46:
        return "DUPLICATE_SEQUENCE_NUMBER";
    case 47:
        return "INVALID_PRODUCER_EPOCH";
    case 48:
        return "INVALID_TXN_STATE";
    case 49:
        return "INVALID_PRODUCER_ID_MAPPING";
    case 50:
        return "INVALID_TRANSACTION_TIMEOUT";
    case 51:
        return "CONCURRENT_TRANSACTIONS";
    case 52:
        return "TRANSACTION_COORDINATOR_FENCED";
    case 53:
        return "TRANSACTIONAL_ID_AUTHORIZATION_FAILED";
    case 54:
        return "SECURITY_DISABLED";
    case 55:
        return "OPERATION_NOT_ATTEMPTED";
    case 56:
        return "KAFKA_STORAGE_ERROR";
    case 57:
        return "LOG_DIR_NOT_FOUND";
    case 58:
        return "SASL_AUTHENTICATION_FAILED";
    case 59:
        return "UNKNOWN_PRODUCER_ID";
    case 60:
        return "REASSIGNMENT_IN_PROGRESS";
    case 61:
        return "DELEGATION_TOKEN_AUTH_DISABLED";
    case 62:
        return "DELEGATION_TOKEN_NOT_FOUND";
    case 63:
        return "DELEGATION_TOKEN_OWNER_MISMATCH";
    case 64:
        return "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED";
    case 65:
        return "DELEGATION_TOKEN_AUTHORIZATION_FAILED";
    case 66:
        return "DELEGATION_TOKEN_EXPIRED";
    case 67:
        return "INVALID_PRINCIPAL_TYPE";
    case 68:
        return "NON_EMPTY_GROUP";
    case 69:
        return "GROUP_ID_NOT_FOUND";
    case 70:
        return "FETCH_SESSION_ID_NOT_FOUND";
    case 71:
        return "INVALID_FETCH_SESSION_EPOCH";
    case 72:
        return "LISTENER_NOT_FOUND";
    case 73:
        return "TOPIC_DELETION_DISABLED";
    case 74:
        return "FENCED_LEADER_EPOCH";
    case 75:
        return "UNKNOWN_LEADER_EPOCH";
    case 76:
        return "UNSUPPORTED_COMPRESSION_TYPE";
    case 77:
        return "STALE_BROKER_EPOCH";
    case 78:
        return "OFFSET_NOT_AVAILABLE";
    case 79:
        return "MEMBER_ID_REQUIRED";
    case 80:
        return "PREFERRED_LEADER_NOT_AVAILABLE";
    case 81:
        return "GROUP_MAX_SIZE_REACHED";
    case 82:
        return "FENCED_INSTANCE_ID";
    case 83:
        return "ELIGIBLE_LEADERS_NOT_AVAILABLE";
    case 84:
        return "ELECTION_NOT_NEEDED";
    case 85:
        return "NO_REASSIGNMENT_IN_PROGRESS";
    case 86:
        return "GROUP_SUBSCRIBED_TO_TOPIC";
    case 87:
        return "INVALID_RECORD";
    case 88:
        return "UNSTABLE_OFFSET_COMMIT";
    case 89:
        return "THROTTLING_QUOTA_EXCEEDED";
    case 90:
        return "PRODUCER_FENCED";
    case 91:
        return "RESOURCE_NOT_FOUND";
    case 92:
        return "DUPLICATE_RESOURCE";
    case 93:
        return "UNACCEPTABLE_CREDENTIAL";
    case 94:
        return "INCONSISTENT_VOTER_SET";
    case 95:
        return "INVALID_UPDATE_VERSION";
    case 96:
        return "FEATURE_UPDATE_FAILED";
    case 97:
        return "PRINCIPAL_DESERIALIZATION_FAILURE";
    case 98:
        return "SNAPSHOT_NOT_FOUND";
    case 100:
        return "UNKNOWN_TOPIC_ID";
    case 101:
        return "DUPLICATE_BROKER_REGISTRATION";
    case 102:
        return "BROKER_ID_NOT_REGISTERED";
    case 103:
        return "INCONSISTENT_TOPIC_ID";
    case 104:
        return "INCONSISTENT_CLUSTER_ID";
    case 105:
        return "TRANSACTIONAL_ID_NOT_FOUND";
    case 106:
        return "FETCH_SESSION_TOPIC_ID_ERROR";
    case 107:
        return "INELIGIBLE_REPLICA";
    case 108:
        return "NEW_LEADER_ELECTED";
    case 109:
        return "OFFSET_MOVED_TO_TIERED_STORAGE";
    case 110:
        return "FENCED_MEMBER_EPOCH";
    case 111:
        return "UNRELEASED_INSTANCE_ID";
    case 112:
        return "UNSUPPORTED_ASSIGNOR";
    case 113:
        return "STALE_MEMBER_EPOCH";
    case 114:
        return "MISMATCHED_ENDPOINT_TYPE";
    case 115:
        return "UNSUPPORTED_ENDPOINT_TYPE";
    case 116:
        return "UNKNOWN_CONTROLLER_ID";
    case 117:
        return "UNKNOWN_SUBSCRIPTION_ID";
    case 118:
        return "TELEMETRY_TOO_LARGE";
    case 119:
        return "INVALID_REGISTRATION";
    case 120:
        return "TRANSACTION_ABORTABLE";
    case 121:
        return "INVALID_RECORD_STATE";
    case 122:
        return "SHARE_SESSION_NOT_FOUND";
    case 123:
        return "INVALID_SHARE_SESSION_EPOCH";
    case 124:
        return "FENCED_STATE_EPOCH";
    case 125:
        return "INVALID_VOTER_KEY";
    case 126:
        return "DUPLICATE_VOTER";
    case 127:
        return "VOTER_NOT_FOUND";
    case 128:
        return "INVALID_REGULAR_EXPRESSION";
    default:
        return NULL;
    }
}

const char *rmq_kerr_message(int code)
{
    switch (code) {
    case -1:
        return "The server experienced an unexpected error when processing the request.";
    case 0:
        return "";
    case 1:
        return "The requested offset is not within the range of offsets maintained by the server.";
    case 2:
        return "This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.";
    case 3:
        return "This server does not host this topic-partition.";
    case 4:
        return "The requested fetch size is invalid.";
    case 5:
        return "There is no leader for this topic-partition as we are in the middle of a leadership election.";
    case 6:
        return "For requests intended only for the leader, this error indicates that the broker is not the current leader.";
    case 7:
        return "The request timed out.";
    case 8:
        return "The broker is not available.";
    case 9:
        return "The replica is not available for the requested topic-partition. Produce/Fetch requests and other requests";
    case 10:
        return "The request included a message larger than the max message size the server will accept.";
    case 11:
        return "The controller moved to another broker.";
    case 12:
        return "The metadata field of the offset request was too large.";
    case 13:
        return "The server disconnected before a response was received.";
    case 14:
        return "The coordinator is loading and hence can't process requests.";
    case 15:
        return "The coordinator is not available.";
    case 16:
        return "This is not the correct coordinator.";
    case 17:
        return "The request attempted to perform an operation on an invalid topic.";
    case 18:
        return "The request included message batch larger than the configured segment size on the server.";
    case 19:
        return "Messages are rejected since there are fewer in-sync replicas than required.";
    case 20:
        return "Messages are written to the log, but to fewer in-sync replicas than required.";
    case 21:
        return "Produce request specified an invalid value for required acks.";
    case 22:
        return "Specified group generation id is not valid.";
    case 23:
        return "";
    case 24:
        return "The configured groupId is invalid.";
    case 25:
        return "The coordinator is not aware of this member.";
    case 26:
        return "";
    case 27:
        return "The group is rebalancing, so a rejoin is needed.";
    case 28:
        return "The committing offset data size is not valid.";
    case 29:
        return "Topic authorization failed.";
    case 30:
        return "Group authorization failed.";
    case 31:
        return "Cluster authorization failed.";
    case 32:
        return "The timestamp of the message is out of acceptable range.";
    case 33:
        return "The broker does not support the requested SASL mechanism.";
    case 34:
        return "Request is not valid given the current SASL state.";
    case 35:
        return "The version of API is not supported.";
    case 36:
        return "Topic with this name already exists.";
    case 37:
        return "Number of partitions is below 1.";
    case 38:
        return "Replication factor is below 1 or larger than the number of available brokers.";
    case 39:
        return "Replica assignment is invalid.";
    case 40:
        return "Configuration is invalid.";
    case 41:
        return "This is not the correct controller for this cluster.";
    case 42:
        return "This most likely occurs because of a request being malformed by the";
    case 43:
        return "The message format version on the broker does not support the request.";
    case 44:
        return "Request parameters do not satisfy the configured policy.";
    case 45:
        return "The broker received an out of order sequence number.";
    case 46:
        return "The broker received a duplicate sequence number.";
    case 47:
        return "Producer attempted to produce with an old epoch.";
    case 48:
        return "The producer attempted a transactional operation in an invalid state.";
    case 49:
        return "The producer attempted to use a producer id which is not currently assigned to";
    case 50:
        return "The transaction timeout is larger than the maximum value allowed by";
    case 51:
        return "The producer attempted to update a transaction";
    case 52:
        return "Indicates that the transaction coordinator sending a WriteTxnMarker";
    case 53:
        return "Transactional Id authorization failed.";
    case 54:
        return "Security features are disabled.";
    case 55:
        return "The broker did not attempt to execute this operation. This may happen for";
    case 56:
        return "Disk error when trying to access log file on the disk.";
    case 57:
        return "The user-specified log directory is not found in the broker config.";
    case 58:
        return "SASL Authentication failed.";
    case 59:
        return "This exception is raised by the broker if it could not locate the producer metadata";
    case 60:
        return "A partition reassignment is in progress.";
    case 61:
        return "Delegation Token feature is not enabled.";
    case 62:
        return "Delegation Token is not found on server.";
    case 63:
        return "Specified Principal is not valid Owner/Renewer.";
    case 64:
        return "Delegation Token requests are not allowed on PLAINTEXT/1-way SSL";
    case 65:
        return "Delegation Token authorization failed.";
    case 66:
        return "Delegation Token is expired.";
    case 67:
        return "Supplied principalType is not supported.";
    case 68:
        return "The group is not empty.";
    case 69:
        return "The group id does not exist.";
    case 70:
        return "The fetch session ID was not found.";
    case 71:
        return "The fetch session epoch is invalid.";
    case 72:
        return "There is no listener on the leader broker that matches the listener on which";
    case 73:
        return "Topic deletion is disabled.";
    case 74:
        return "The leader epoch in the request is older than the epoch on the broker.";
    case 75:
        return "The leader epoch in the request is newer than the epoch on the broker.";
    case 76:
        return "The requesting client does not support the compression type of given partition.";
    case 77:
        return "Broker epoch has changed.";
    case 78:
        return "The leader high watermark has not caught up from a recent leader";
    case 79:
        return "The group member needs to have a valid member id before actually entering a consumer group.";
    case 80:
        return "The preferred leader was not available.";
    case 81:
        return "The consumer group has reached its max size.";
    case 82:
        return "The broker rejected this static consumer since";
    case 83:
        return "Eligible topic partition leaders are not available.";
    case 84:
        return "Leader election not needed for topic partition.";
    case 85:
        return "No partition reassignment is in progress.";
    case 86:
        return "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.";
    case 87:
        return "This record has failed the validation on broker and hence will be rejected.";
    case 88:
        return "There are unstable offsets that need to be cleared.";
    case 89:
        return "The throttling quota has been exceeded.";
    case 90:
        return "There is a newer producer with the same transactionalId";
    case 91:
        return "A request illegally referred to a resource that does not exist.";
    case 92:
        return "A request illegally referred to the same resource twice.";
    case 93:
        return "Requested credential would not meet criteria for acceptability.";
    case 94:
        return "Indicates that the either the sender or recipient of a";
    case 95:
        return "The given update version was invalid.";
    case 96:
        return "Unable to update finalized features due to an unexpected server error.";
    case 97:
        return "Request principal deserialization failed during forwarding.";
    case 98:
        return "Requested snapshot was not found.";
    case 100:
        return "This server does not host this topic ID.";
    case 101:
        return "This broker ID is already in use.";
    case 102:
        return "The given broker ID was not registered.";
    case 103:
        return "The log's topic ID did not match the topic ID in the request.";
    case 104:
        return "The clusterId in the request does not match that found on the server.";
    case 105:
        return "The transactionalId could not be found.";
    case 106:
        return "The fetch session encountered inconsistent topic ID usage.";
    case 107:
        return "The new ISR contains at least one ineligible replica.";
    case 108:
        return "The AlterPartition request successfully updated the partition state but the leader has changed.";
    case 109:
        return "The requested offset is moved to tiered storage.";
    case 110:
        return "The member epoch is fenced by the group coordinator. The member must abandon all its partitions and rejoin.";
    case 111:
        return "The instance ID is still used by another member in the consumer group. That member must leave first.";
    case 112:
        return "The assignor or its version range is not supported by the consumer group.";
    case 113:
        return "The member epoch is stale. The member must retry after receiving its updated member epoch via the ConsumerGroupHeartbeat API.";
    case 114:
        return "The request was sent to an endpoint of the wrong type.";
    case 115:
        return "This endpoint type is not supported yet.";
    case 116:
        return "This controller ID is not known.";
    case 117:
        return "Client sent a push telemetry request with an invalid or outdated subscription ID.";
    case 118:
        return "Client sent a push telemetry request larger than the maximum size the broker will accept.";
    case 119:
        return "The controller has considered the broker registration to be invalid.";
    case 120:
        return "The server encountered an error with the transaction. The client can abort the transaction to continue using this transactional ID.";
    case 121:
        return "The record state is invalid. The acknowledgement of delivery could not be completed.";
    case 122:
        return "The share session was not found.";
    case 123:
        return "The share session epoch is invalid.";
    case 124:
        return "The share coordinator rejected the request because the share-group state epoch did not match.";
    case 125:
        return "The voter key doesn't match the receiving replica's key.";
    case 126:
        return "The voter is already part of the set of voters.";
    case 127:
        return "The voter is not part of the set of voters.";
    case 128:
        return "The regular expression is not valid.";
    default:
        return NULL;
    }
}
