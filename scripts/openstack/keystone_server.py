#!/usr/bin/python3
"""Serves Keystone's public WSGI app on one thread, as `keystone-wsgi-public --host --port` does,
but with a deep listen backlog.

One thread because Keystone on sqlite under a threaded server (uwsgi with threads) fails with
"database is locked". The stock script's wsgiref server keeps the default backlog of 5: a burst of
concurrent clients (a test suite fetching tokens in parallel) overflows it, the kernel drops their SYNs,
and each dropped client waits a full second to retry. Reads OS_KEYSTONE_CONFIG_FILES like the stock one.
"""
import argparse
import sys
from wsgiref.simple_server import WSGIServer, make_server


class DeepBacklogWSGIServer(WSGIServer):
    request_queue_size = 256


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    sys.argv[1:] = []  # Keystone parses sys.argv as oslo.config options

    from keystone.server.wsgi import initialize_public_application

    app = initialize_public_application()
    server = make_server(args.host, args.port, app, server_class=DeepBacklogWSGIServer)
    print(f"keystone listening on http://{args.host}:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
