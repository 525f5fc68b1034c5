#!/bin/sh
for e in events/*.json; do n=$(basename $e .json); sam local invoke SkillFunction -e $e > out/$n.log 2>&1; done
