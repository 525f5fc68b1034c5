import opennlp.tools.doccat.*;
import opennlp.tools.util.*;
import java.nio.file.*;
import java.util.*;

/** Leave-one-set-out with OpenNLP doccat (maxent), one binary model per category.
 *  Features: bag of words + word bigrams (+ char 3-5 grams inside each token when "char" is passed).
 *  Positives replicated to balance the classes; threshold 0.5 on P(pos). Fixed before any result.
 *  usage: java -cp opennlp-tools.jar:slf4j-api.jar:. Loso cases.tsv out.tsv [char] [set...] */
public class Loso {
    static final String[] CATS = {"silent-keepalive","fake-goodbye","masquerade","credential-phishing",
        "pii-request","catch-all-capture","squatting","excessive-permissions","drift"};

    static class CharGrams implements FeatureGenerator {
        public Collection<String> extractFeatures(String[] text, Map<String, Object> extra) {
            List<String> f = new ArrayList<>();
            for (String t : text) {
                String w = "<" + t + ">";
                for (int n = 3; n <= 5; n++)
                    for (int i = 0; i + n <= w.length() && i < 40; i++) f.add("c=" + w.substring(i, i + n));
            }
            return f;
        }
    }

    public static void main(String[] a) throws Exception {
        boolean chars = a.length > 2 && a[2].equals("char");
        Set<String> only = new HashSet<>(); for (int i = 3; i < a.length; i++) only.add(a[i]);
        List<String[]> rows = new ArrayList<>();
        for (String l : Files.readAllLines(Paths.get(a[0]))) rows.add(l.split("\t", -1));
        List<String> sets = new ArrayList<>();
        for (String[] r : rows) if (!sets.contains(r[0])) sets.add(r[0]);
        StringBuilder out = new StringBuilder();
        long trainMs = 0, scoreNs = 0; int scored = 0;
        for (String held : sets) {
            if (!only.isEmpty() && !only.contains(held)) continue;
            List<String[]> tr = new ArrayList<>(), te = new ArrayList<>();
            for (String[] r : rows) (r[0].equals(held) ? te : tr).add(r);
            double[][] p = new double[te.size()][CATS.length];
            for (int j = 0; j < CATS.length; j++) {
                String c = CATS[j];
                int pos = 0; for (String[] r : tr) if (Arrays.asList(r[2].split(",")).contains(c)) pos++;
                int rep = Math.max(1, Math.round((tr.size() - pos) / (float) Math.max(pos, 1)));
                List<DocumentSample> samples = new ArrayList<>();
                for (String[] r : tr) {
                    boolean y = Arrays.asList(r[2].split(",")).contains(c);
                    String[] toks = r[3].isEmpty() ? new String[]{"<empty>"} : r[3].split(" ");
                    for (int k = 0; k < (y ? rep : 1); k++) samples.add(new DocumentSample(y ? "pos" : "neg", toks));
                }
                TrainingParameters tp = TrainingParameters.defaultParams();
                tp.put(TrainingParameters.CUTOFF_PARAM, 2);
                tp.put(TrainingParameters.ITERATIONS_PARAM, 100);
                FeatureGenerator[] fg = chars
                    ? new FeatureGenerator[]{new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new CharGrams()}
                    : new FeatureGenerator[]{new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
                long t0 = System.currentTimeMillis();
                DoccatModel m = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), tp, new DoccatFactory(fg));
                trainMs += System.currentTimeMillis() - t0;
                DocumentCategorizerME dc = new DocumentCategorizerME(m);
                for (int i = 0; i < te.size(); i++) {
                    String[] toks = te.get(i)[3].isEmpty() ? new String[]{"<empty>"} : te.get(i)[3].split(" ");
                    long s0 = System.nanoTime();
                    double[] o = dc.categorize(toks);
                    scoreNs += System.nanoTime() - s0; scored++;
                    p[i][j] = o[dc.getIndex("pos")];
                }
                if (j == 0) {
                    java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream(); m.serialize(bo);
                    System.err.println("model bytes (one category, zipped): " + bo.size());
                }
            }
            for (int i = 0; i < te.size(); i++) {
                out.append(te.get(i)[0]).append('\t').append(te.get(i)[1]);
                for (double v : p[i]) out.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
                out.append('\n');
            }
            System.err.println("fold " + held + " done; train ms so far " + trainMs);
        }
        Files.write(Paths.get(a[1]), out.toString().getBytes("UTF-8"));
        System.err.printf("scoring: %.3f ms per case per category%n", scoreNs / 1e6 / scored);
    }
}
