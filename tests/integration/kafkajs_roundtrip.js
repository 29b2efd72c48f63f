// kafkajs round trip, driven by test_clients.py: creates a topic with kafkajs's admin, produces
// messages 0..n-1 (the numbering of kafka_util.py: key, value, headers, timestamp) with acks=-1
// and gzip, reads them back with a consumer group and writes one JSON line per record to
// args.out: {p, o, t, k, v, h: [[name, value], ...]}. The last stdout line is a JSON summary.
//
// Usage: node kafkajs_roundtrip.js '{"bootstrap": "127.0.0.1:PORT", "topic": "...", "n": N,
//        "base_ts": MS, "partitions": 6, "out": "/tmp/...", "nkeys": 1000}'
'use strict';
const fs = require('fs');
const { Kafka, CompressionTypes, Partitioners, logLevel } = require('kafkajs');

const args = JSON.parse(process.argv[2]);
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(2);
const CHUNK = 10000;
const TIMEOUT_MS = 300000;

function pad(n, w) {
  return String(n).padStart(w, '0');
}
function keyOf(i) {
  return 'key-' + pad(i % args.nkeys, 4);
}
function valueOf(i) {
  const s = (i * 7) % 52;
  return 'v' + pad(i, 6) + ':' + ALPHA.slice(s, s + 52 - (i % 53));
}

const stderrLog = () => ({ namespace, level, label, log }) => {
  process.stderr.write(`[kafkajs ${label} ${namespace}] ${log.message} ${JSON.stringify(log)}\n`);
};

async function main() {
  const kafka = new Kafka({
    clientId: 'rmq-it-kafkajs',
    brokers: [args.bootstrap],
    logLevel: logLevel.WARN,
    logCreator: stderrLog,
    retry: { retries: 8 },
  });
  const admin = kafka.admin();
  await admin.connect();
  const created = await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic: args.topic, numPartitions: args.partitions, replicationFactor: 1 }],
  });
  const meta = await admin.fetchTopicMetadata({ topics: [args.topic] });
  const nparts = meta.topics[0].partitions.length;
  await admin.disconnect();
  if (nparts !== args.partitions) throw new Error(`topic has ${nparts} partitions`);

  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  let produced = 0;
  for (let lo = 0; lo < args.n; lo += CHUNK) {
    const messages = [];
    for (let i = lo; i < Math.min(args.n, lo + CHUNK); i++) {
      messages.push({
        key: keyOf(i),
        value: valueOf(i),
        headers: { idx: String(i), client: 'kafkajs' },
        timestamp: String(args.base_ts + i),
      });
    }
    const res = await producer.send({
      topic: args.topic,
      messages,
      acks: -1,
      compression: CompressionTypes.GZIP,
    });
    for (const r of res) {
      if (r.errorCode !== 0) throw new Error(`produce error ${JSON.stringify(r)}`);
    }
    produced += messages.length;
  }
  await producer.disconnect();

  const consumer = kafka.consumer({
    groupId: 'rmq-it-kafkajs-' + Date.now(),
    sessionTimeout: 10000,
    heartbeatInterval: 1000,
    maxBytes: 16 << 20,
    maxBytesPerPartition: 4 << 20,
  });
  const lines = [];
  let done;
  const finished = new Promise((resolve) => {
    done = resolve;
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [args.topic], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) {
        const h = Object.entries(m.headers || {}).map(([k, v]) => [k, v.toString()]);
        lines.push(JSON.stringify({
          p: batch.partition,
          o: m.offset,
          t: m.timestamp,
          k: m.key.toString(),
          v: m.value.toString(),
          h,
        }));
      }
      if (lines.length >= args.n) done();
    },
  });
  const timer = setTimeout(() => done(), TIMEOUT_MS);
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
  fs.writeFileSync(args.out, lines.join('\n') + (lines.length ? '\n' : ''));
  process.stdout.write(JSON.stringify({ created, produced, consumed: lines.length }) + '\n');
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`kafkajs_roundtrip: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  },
);
