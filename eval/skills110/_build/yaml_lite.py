import yaml


def dump(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False)
