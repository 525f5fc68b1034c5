"""Tiny YAML writer (block style) so the build needs no third-party package."""
import json

def _scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)

def _dump(o, ind):
    pad = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{pad}{k}:")
                out.extend(_dump(v, ind + 1))
            else:
                out.append(f"{pad}{k}: {_scalar(v) if not isinstance(v, (dict, list)) else ('{}' if isinstance(v, dict) else '[]')}")
    else:
        for v in o:
            if isinstance(v, (dict, list)) and v:
                sub = _dump(v, ind + 1)
                out.append(f"{pad}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- {_scalar(v)}")
    return out

def dump(o):
    return "\n".join(_dump(o, 0)) + "\n"
