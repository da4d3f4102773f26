#!/usr/bin/env bash
# Serves built sites with nginx (Debian's), as a web host would, for the publishing checks.
#
#   scripts/nginx-site.sh start WORKDIR ROOT_SITE SUB_SITE SUB_PATH   # ROOT_SITE at http://127.0.0.1:8701/,
#                                                                     # SUB_SITE at http://127.0.0.1:8702/SUB_PATH/
#   scripts/nginx-site.sh stop WORKDIR
#
# Each site's 404.html is its error page. nginx runs as its own daemon with its files in WORKDIR.
set -euo pipefail
action=$1 work=$2
conf=$work/nginx.conf
case $action in
  start)
    root_site=$(realpath "$3") sub_site=$(realpath "$4") sub=${5#/}; sub=${sub%/}
    mkdir -p "$work/nginx-temp"
    cat > "$conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  # A site at a domain root.
  server {
    listen 127.0.0.1:8701;
    root $root_site;
    error_page 404 /404.html;
  }
  # A site under a sub-path of a host that serves other things.
  server {
    listen 127.0.0.1:8702;
    location = / { return 200 "another site\n"; }
    location /$sub/ {
      alias $sub_site/;
      error_page 404 /$sub/404.html;
    }
  }
}
CONF
    nginx -t -q -c "$conf" -p "$work"
    nginx -c "$conf" -p "$work"
    for _ in $(seq 50); do
      curl -fsS -o /dev/null http://127.0.0.1:8701/ 2>/dev/null && exit 0
      sleep 0.1
    done
    echo "nginx did not start; see $work/nginx-error.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$work/nginx.pid" ] && nginx -c "$conf" -p "$work" -s stop || true
    ;;
esac
