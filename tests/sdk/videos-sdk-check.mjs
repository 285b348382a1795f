// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the demo server with the official OpenAI Node SDK (openai@6, the newest that runs on Node 20) and checks
// that every answer is what the real Videos API gave the SDK. Usage: node videos-sdk-check.mjs BASE_URL
// (BASE_URL ends in /v1). Prints one line per check; exits 1 at the first failure. run-sdk-check.sh starts the server.
import OpenAI, { toFile } from 'openai';
import { deflateSync } from 'node:zlib';

const baseURL = process.argv[2];
if (!baseURL) { console.error('usage: node videos-sdk-check.mjs BASE_URL'); process.exit(2); }
const root = baseURL.replace(/\/v1\/?$/, ''); // the /__dailies routes sit beside /v1
// No SDK retries, so a fault shows; only the 429 check below uses the default (2 retries).
const client = new OpenAI({ apiKey: 'sk-sdk-test', baseURL, maxRetries: 0, timeout: 30_000 });

function assert(cond, message) { if (!cond) throw new Error(message); }
async function check(name, fn) {
    try { await fn(); console.log(`ok   ${name}`); }
    catch (e) { console.log(`FAIL ${name}: ${e?.constructor?.name}: ${e?.message ?? e}`); process.exit(1); }
}
// Expects `promise` to reject with the SDK's error class `Type` and `status`; returns the error for more checks.
async function rejects(promise, Type, status) {
    let error;
    try { await promise; } catch (e) { error = e; }
    assert(error, `expected ${Type.name} ${status}, but the call succeeded`);
    assert(error instanceof Type && error.status === status,
        `expected ${Type.name} ${status}, got ${error.constructor.name} ${error.status}: ${error.message}`);
    return error;
}
async function stats() {
    const r = await fetch(`${root}/__dailies/stats`);
    assert(r.ok, `GET /__dailies/stats answered ${r.status}`);
    return (await r.json()).requests;
}
async function waitCompleted(id) {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise(r => setTimeout(r, 100))) {
        const v = await client.videos.retrieve(id);
        assert(v.status !== 'failed', `${id} failed: ${JSON.stringify(v.error)}`);
        if (v.status === 'completed') return v;
    }
    throw new Error(`${id} did not complete within 60 s`);
}

// A tiny valid PNG: signature, IHDR (8-bit RGB), one IDAT holding all-black scanlines (filter byte 0), IEND.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
    return n >>> 0;
});
function crc32(bytes) {
    let c = 0xffffffff;
    for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4), crc = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([len, typeAndData, crc]);
}
function png(width, height) {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
    const pixels = Buffer.alloc(height * (1 + width * 3)); // zeros compress to about 3 KB
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// A hand-built MP4: ftyp, a moov holding only a version-0 movie header (timescale 1000), and an mdat of zeros. The
// demo server reads the length from it; nothing decodes it.
function mp4(milliseconds) {
    const box = (type, payload) => {
        const size = Buffer.alloc(4);
        size.writeUInt32BE(payload.length + 8);
        return Buffer.concat([size, Buffer.from(type, 'ascii'), payload]);
    };
    const header = Buffer.alloc(100); // version 0, flags, times, then timescale and duration
    header.writeUInt32BE(1000, 12);
    header.writeUInt32BE(milliseconds, 16);
    return Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1')),
        box('moov', box('mvhd', header)), box('mdat', Buffer.alloc(64))]);
}

const created = []; // every id this run created, for the list check
let text, withImage, remix;

await check('create (multipart) -> video, queued; x-request-id exposed', async () => {
    const { data, response } = await client.videos.create(
        { prompt: 'A paper boat on a rainy street', model: 'sora-2', size: '720x1280', seconds: '4' }).withResponse();
    assert(data.object === 'video' && data.status === 'queued', `got object ${data.object}, status ${data.status}`);
    assert(data.size === '720x1280' && data.seconds === '4', `got size ${data.size}, seconds ${data.seconds}`);
    assert(/^req_/.test(response.headers.get('x-request-id')), `x-request-id: ${response.headers.get('x-request-id')}`);
    created.push((text = data).id);
});
await check('create with an input_reference PNG 1280x720 -> accepted', async () => {
    withImage = await client.videos.create({ prompt: 'The boat sails away', size: '1280x720', seconds: '4',
        input_reference: await toFile(png(1280, 720), 'ref.png', { type: 'image/png' }) });
    assert(withImage.object === 'video' && withImage.size === '1280x720', `got ${JSON.stringify(withImage)}`);
    created.push(withImage.id);
});
await check('create with a 640x480 reference for 1280x720 -> BadRequestError, param input_reference', async () => {
    const e = await rejects(client.videos.create({ prompt: 'x', size: '1280x720',
        input_reference: await toFile(png(640, 480), 'ref.png', { type: 'image/png' }) }), OpenAI.BadRequestError, 400);
    assert(e.param?.startsWith('input_reference'), `param: ${e.param}`);
    // The size mismatch, not a refused file: proves the PNG above is read as 640x480.
    assert(/width and height/.test(e.message), `message: ${e.message}`);
});
await check('retrieve polls both jobs to completed; x-request-id on retrieve', async () => {
    for (const v of [text, withImage]) await waitCompleted(v.id);
    const { data, response } = await client.videos.retrieve(text.id).withResponse();
    assert(data.status === 'completed' && data.progress === 100, `got ${data.status} ${data.progress}`);
    assert(/^req_/.test(response.headers.get('x-request-id')), `x-request-id: ${response.headers.get('x-request-id')}`);
});
await check('downloadContent: video is MP4, thumbnail WebP, spritesheet JPEG', async () => {
    const get = async variant =>
        Buffer.from(await (await client.videos.downloadContent(text.id, { variant })).arrayBuffer());
    const mp4 = await get('video'), webp = await get('thumbnail'), jpeg = await get('spritesheet');
    assert(mp4.toString('latin1', 4, 8) === 'ftyp', `video starts ${mp4.subarray(0, 12).toString('hex')}`);
    assert(webp.toString('latin1', 0, 4) === 'RIFF' && webp.toString('latin1', 8, 12) === 'WEBP',
        `thumbnail starts ${webp.subarray(0, 12).toString('hex')}`);
    assert(jpeg[0] === 0xff && jpeg[1] === 0xd8, `spritesheet starts ${jpeg.subarray(0, 4).toString('hex')}`);
});
await check('remix (JSON) -> remixed_from_video_id is the source', async () => {
    remix = await client.videos.remix(text.id, { prompt: 'The same boat, at night' });
    assert(remix.object === 'video' && remix.remixed_from_video_id === text.id, `got ${JSON.stringify(remix)}`);
    created.push(remix.id);
    await waitCompleted(remix.id);
});
await check('list {limit: 2}, for await over all pages -> every created id exactly once', async () => {
    const before = (await stats())['GET /videos'] ?? 0;
    const seen = [];
    for await (const v of client.videos.list({ limit: 2 })) seen.push(v.id);
    assert(seen.length === new Set(seen).size, `duplicates in ${seen}`);
    assert(created.every(id => seen.includes(id)) && seen.length === created.length,
        `created ${created}, listed ${seen}`);
    const pages = (await stats())['GET /videos'] - before;
    assert(pages === 2, `3 videos at limit 2 should take 2 pages, took ${pages}`);
});
await check('delete -> {deleted: true}; retrieve then -> NotFoundError', async () => {
    const d = await client.videos.delete(remix.id);
    assert(d.deleted === true && d.id === remix.id && d.object === 'video.deleted', `got ${JSON.stringify(d)}`);
    await rejects(client.videos.retrieve(remix.id), OpenAI.NotFoundError, 404);
});
let character, extended;
await check('createCharacter (multipart MP4 + name) -> char_ id; getCharacter returns it', async () => {
    character = await client.videos.createCharacter(
        { name: 'Mossy', video: await toFile(mp4(3000), 'mossy.mp4', { type: 'video/mp4' }) });
    assert(/^char_[0-9a-f]{32}$/.test(character.id) && character.name === 'Mossy' &&
        Number.isInteger(character.created_at), `got ${JSON.stringify(character)}`);
    const fetched = await client.videos.getCharacter(character.id);
    assert(JSON.stringify(fetched) === JSON.stringify(character), `got ${JSON.stringify(fetched)}`);
});
await check('createCharacter with a PNG or an 8 s clip -> BadRequestError, param video', async () => {
    for (const [bytes, name] of [[png(64, 64), 'still.png'], [mp4(8000), 'long.mp4']]) {
        const e = await rejects(client.videos.createCharacter({ name: 'Mossy',
            video: await toFile(bytes, name, { type: 'video/mp4' }) }), OpenAI.BadRequestError, 400);
        assert(e.param === 'video', `param: ${e.param}`);
    }
});
await check('getCharacter of an unknown id -> NotFoundError', async () => {
    await rejects(client.videos.getCharacter('char_0123456789abcdef0123456789abcdef'), OpenAI.NotFoundError, 404);
});
await check('create with characters (the SDK sends characters[][id]) -> accepted; name absent -> param prompt',
    async () => {
        // Not in the SDK's types (guide only), but the SDK sends any field it is given.
        const v = await client.videos.create({ prompt: 'Mossy crosses the street', characters: [{ id: character.id }] });
        assert(v.object === 'video' && v.status === 'queued', `got ${JSON.stringify(v)}`);
        const e = await rejects(client.videos.create({ prompt: 'A moss creature', characters: [{ id: character.id }] }),
            OpenAI.BadRequestError, 400);
        assert(e.param === 'prompt', `param: ${e.param}`);
    });
await check('edit (multipart video[id]) -> remixed_from_video_id is the source; completes', async () => {
    const v = await client.videos.edit({ video: { id: text.id }, prompt: 'The paper boat, in snow' });
    assert(v.object === 'video' && v.remixed_from_video_id === text.id && v.seconds === text.seconds,
        `got ${JSON.stringify(v)}`);
    await waitCompleted(v.id);
});
await check("extend {seconds: '4'} -> seconds is the stitched total '8'; the content is an MP4", async () => {
    extended = await client.videos.extend({ video: { id: text.id }, prompt: 'The boat reaches the sea', seconds: '4' });
    assert(extended.object === 'video' && extended.remixed_from_video_id === text.id && extended.seconds === '8',
        `got ${JSON.stringify(extended)}`);
    await waitCompleted(extended.id);
    const mp4Bytes = Buffer.from(await (await client.videos.downloadContent(extended.id)).arrayBuffer());
    assert(mp4Bytes.toString('latin1', 4, 8) === 'ftyp', `video starts ${mp4Bytes.subarray(0, 12).toString('hex')}`);
});
await check("extend of an unknown video, or by '5' seconds -> BadRequestError naming the param", async () => {
    let e = await rejects(client.videos.extend({ video: { id: 'video_nope' }, prompt: 'x', seconds: '4' }),
        OpenAI.BadRequestError, 400);
    assert(e.param === 'video.id', `param: ${e.param}`);
    e = await rejects(client.videos.extend({ video: { id: text.id }, prompt: 'x', seconds: '5' }),
        OpenAI.BadRequestError, 400);
    assert(e.param === 'seconds', `param: ${e.param}`);
});
await check('wrong key -> AuthenticationError 401, code invalid_api_key', async () => {
    const other = new OpenAI({ apiKey: 'sk-wrong-key-123', baseURL, maxRetries: 0 });
    const e = await rejects(other.videos.retrieve(text.id), OpenAI.AuthenticationError, 401);
    assert(e.code === 'invalid_api_key', `code: ${e.code}`);
});
await check("seconds '5' -> BadRequestError, param seconds", async () => {
    const e = await rejects(client.videos.create({ prompt: 'x', seconds: '5' }), OpenAI.BadRequestError, 400);
    assert(e.param === 'seconds', `param: ${e.param}`);
});
await check('429 on retrieve with default retries -> succeeds after Retry-After, counted twice', async () => {
    const r = await fetch(`${root}/__dailies/faults`, { method: 'POST', body: '429@retrieve:times=1,retry-after=1' });
    assert(r.ok, `POST /__dailies/faults answered ${r.status}: ${await r.text()}`);
    const retrying = new OpenAI({ apiKey: 'sk-sdk-test', baseURL, timeout: 30_000 }); // default maxRetries (2)
    const before = (await stats())['GET /videos/{id}'] ?? 0, start = Date.now();
    const v = await retrying.videos.retrieve(text.id);
    const elapsed = Date.now() - start, count = (await stats())['GET /videos/{id}'] - before;
    assert(v.id === text.id && v.status === 'completed', `got ${JSON.stringify(v)}`);
    assert(count === 2, `retrieve counted ${count} times, expected 2 (one 429, one retry)`);
    // Without Retry-After the SDK would wait 0.375-0.5 s; honouring it means about 1 s.
    assert(elapsed >= 900, `retried after ${elapsed} ms, so Retry-After (1 s) was not honoured`);
});
console.log('all checks passed');
