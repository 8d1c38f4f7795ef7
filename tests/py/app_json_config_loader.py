# A configuration loader as a MicroPython application would write it: defaults merged
# with a JSON file, validated, saved back, with clear errors for bad input.
import json
import os

PATH = "/tmp/mica_app_config.json"

DEFAULTS = {
    "name": "sensor-node",
    "interval_ms": 1000,
    "wifi": {"ssid": "", "retries": 3},
    "channels": [0, 1],
    "debug": False,
}

SCHEMA = {
    "name": str,
    "interval_ms": int,
    "wifi": dict,
    "channels": list,
    "debug": bool,
}


class ConfigError(Exception):
    pass


def merge(base, override):
    out = {}
    for k, v in base.items():
        out[k] = v
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def validate(cfg):
    for key, typ in SCHEMA.items():
        if key not in cfg:
            raise ConfigError("missing key: " + key)
        if not isinstance(cfg[key], typ) or (typ is int and isinstance(cfg[key], bool)):
            raise ConfigError("bad type for %s: %s" % (key, type(cfg[key]).__name__))
    if cfg["interval_ms"] < 10:
        raise ConfigError("interval_ms too small: %d" % cfg["interval_ms"])
    for ch in cfg["channels"]:
        if not 0 <= ch < 8:
            raise ConfigError("channel out of range: %r" % (ch,))
    return cfg


def load(path):
    try:
        with open(path) as f:
            user = json.load(f)
    except OSError:
        user = {}
    except ValueError as e:
        raise ConfigError("invalid JSON: " + type(e).__name__)
    if not isinstance(user, dict):
        raise ConfigError("top level must be an object")
    return validate(merge(DEFAULTS, user))


def save(path, cfg):
    with open(path, "w") as f:
        json.dump(cfg, f)


def show(cfg):
    for k in sorted(cfg):
        print(" ", k, "=", json.dumps(cfg[k], sort_keys=True))


try:
    os.remove(PATH)
except OSError:
    pass
cfg = load(PATH)
print("defaults:")
show(cfg)

with open(PATH, "w") as f:
    f.write('{"interval_ms": 250, "wifi": {"ssid": "lab"}, "channels": [2, 3, 5]}')
cfg = load(PATH)
print("merged:")
show(cfg)

cfg["debug"] = True
save(PATH, cfg)
print("reloaded equal:", load(PATH) == cfg)

for text in ['{"interval_ms": 5}', '{"channels": [1, 9]}', '{"debug": 1}', '[1, 2]', '{"name": ']:
    with open(PATH, "w") as f:
        f.write(text)
    try:
        load(PATH)
        print("accepted", text)
    except ConfigError as e:
        print("rejected:", e)
os.remove(PATH)
