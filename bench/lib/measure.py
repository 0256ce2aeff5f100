#!/usr/bin/env python3
"""Run one command and measure it: wall time, CPU time and peak resident memory.

Peak memory is taken two ways and both are reported:
  * rusage: resource.getrusage(RUSAGE_CHILDREN).ru_maxrss after the command exits. The kernel keeps
    this high-water mark exactly, but it is the peak of the single largest process in the tree,
    not the sum of processes that run at the same time.
  * tree sampling: every --interval seconds the process tree (the command and all its descendants,
    found through /proc/<pid>/task/<tid>/children) is walked and VmRSS summed. This catches
    concurrent worker processes, but can miss a spike shorter than the interval. VmHWM (the
    per-process high-water mark) is read at the same time.

Usage: measure.py [--timeout S] [--interval S] [--cwd DIR] [--stdout FILE] [--stderr FILE] -- CMD ARGS...
Prints one JSON object on stdout.
"""
import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time


def children_of(pid):
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out.extend(int(c) for c in f.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return out


def tree(root):
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(children_of(pid))
    return pids


def status_kib(pid, keys):
    """VmRSS / VmHWM of one process in KiB (missing when the process is gone or a zombie)."""
    found = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key = line.split(":", 1)[0]
                if key in keys:
                    found[key] = int(line.split()[1])
    except OSError:
        pass
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=0)
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--cwd")
    parser.add_argument("--stdout", default=os.devnull)
    parser.add_argument("--stderr", default=os.devnull)
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if not cmd:
        parser.error("no command")

    state = {"tree_peak": 0, "hwm": {}, "samples": 0, "max_procs": 0}
    done = threading.Event()

    with open(args.stdout, "wb") as out, open(args.stderr, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=args.cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)

        def sample():
            while not done.is_set():
                total = 0
                pids = tree(proc.pid)
                for pid in pids:
                    s = status_kib(pid, ("VmRSS", "VmHWM"))
                    total += s.get("VmRSS", 0)
                    if "VmHWM" in s:
                        state["hwm"][pid] = max(state["hwm"].get(pid, 0), s["VmHWM"])
                state["tree_peak"] = max(state["tree_peak"], total)
                state["max_procs"] = max(state["max_procs"], len(pids))
                state["samples"] += 1
                done.wait(args.interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timed_out = False
        try:
            code = proc.wait(timeout=args.timeout or None)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            code = proc.wait()
        wall = time.perf_counter() - start
        done.set()
        sampler.join()

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    hwm = state["hwm"]
    json.dump(
        {
            "exitCode": code,
            "timedOut": timed_out,
            "wallSeconds": round(wall, 3),
            "userSeconds": round(usage.ru_utime, 3),
            "systemSeconds": round(usage.ru_stime, 3),
            "maxRssKiB": usage.ru_maxrss,
            "treePeakRssKiB": state["tree_peak"],
            "maxHwmKiB": max(hwm.values()) if hwm else 0,
            "sumHwmKiB": sum(hwm.values()),
            "processes": len(hwm),
            "maxConcurrentProcesses": state["max_procs"],
            "samples": state["samples"],
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
