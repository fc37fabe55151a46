// A slow link on the loopback (issue 16): a TCP proxy that gives every connection through it a round trip of `rttMs`
// and shares `bytesPerSecond` in each direction between them, like one weak mobile connection. Unlike Chromium's
// DevTools throttling (Network.emulateNetworkConditions), which slows only the page's own requests, it also slows
// what the service worker fetches: on a return visit the worker asks the network first for the API's reads.
import net from 'node:net';

const SEGMENT = 1460;

/**
 * Starts the proxy on `listenPort` (0: any free port) in front of 127.0.0.1:`targetPort`; resolves to its port, a
 * close(), and slow(on): off, it passes everything at once (for a visit throttled by DevTools instead), on by default.
 */
export function startSlowLink({ targetPort, listenPort = 0, rttMs = 400, bytesPerSecond = 50_000 }) {
  const oneWay = rttMs / 2;
  const links = { up: { freeAt: 0 }, down: { freeAt: 0 } };
  const sockets = new Set();
  let slow = true;

  // Each segment leaves when the link is free and its bytes have gone through, and arrives half a round trip later.
  function carry(from, to, link) {
    from.on('data', (chunk) => {
      if (!slow) {
        to.destroyed || to.write(chunk);
        return;
      }
      for (let offset = 0; offset < chunk.length; offset += SEGMENT) {
        const segment = chunk.subarray(offset, offset + SEGMENT);
        const now = performance.now();
        link.freeAt = Math.max(now, link.freeAt) + (segment.length / bytesPerSecond) * 1000;
        setTimeout(() => to.destroyed || to.write(segment), link.freeAt + oneWay - now);
      }
    });
    from.on('end', () => {
      const now = performance.now();
      setTimeout(() => to.destroyed || to.end(), Math.max(now, link.freeAt) + oneWay - now);
    });
    from.on('error', () => to.destroy());
    from.on('close', () => setTimeout(() => to.destroy(), Math.max(0, link.freeAt - performance.now()) + oneWay + 50));
  }

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    // The connection itself takes a round trip before the first byte can go.
    if (slow) {
      client.pause();
      setTimeout(() => client.resume(), rttMs);
    }
    carry(client, upstream, links.up);
    carry(upstream, client, links.down);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        slow: (on) => {
          slow = on;
        },
        close: () => {
          for (const s of sockets) s.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    );
  });
}
