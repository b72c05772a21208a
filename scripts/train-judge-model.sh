#!/bin/sh
# Retrains the judge's learned second opinion (src/main/resources/judge/model.tsv, ADR 0002) from
# the dev set and the tune parts of eval/real-texts and eval/wordings; check items are refused.
# Prints, per signal, the choice on the newest batch the rules were not written from
# (JudgeModelTrainer.FRESH_BATCH; a shipped head is kept unless the new one beats it there) and the
# 5-fold cross-validation on the pool. -Dtrainer.show=SIGNAL
# (in JAVA_OPTS) lists the tune letters the model would add (and, for principal-request, the near
# misses it scores at 0.3 or more); -Dtrainer.only=SIGNAL trains one head (a quick look; the file
# is then incomplete); -Dmodel.kinds=true and -Dmodel.sentence=SIGNAL[,SIGNAL] try the kind
# features and heads judged sentence by sentence (ADR 0002, eighth version); -Dlr.lambda and
# -Dlr.epochs the regularisation and epochs. Usage: scripts/train-judge-model.sh
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Djacoco.skip=true
java -Xmx2g ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.escalationrouter.judge.JudgeModelTrainer eval "${CORPUS_DIR:-../shared/corpus}" \
  src/main/resources/judge/model.tsv
