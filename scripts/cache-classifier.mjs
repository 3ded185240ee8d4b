// Build step: writes the default log classifier next to the compiled one (dist/logs/scan/classifier-cache.bin), so that
// a scan thread reads it in milliseconds instead of building it. Run after tsc; the cache is keyed to this build.
import { compileClassifier, usableMatchers } from '../dist/logs/scan/classifier.js';
import { CLASSIFIER_CACHE, writeClassifierCache } from '../dist/logs/scan/classifier-cache.js';

const usable = usableMatchers();
writeClassifierCache(compileClassifier(usable), usable);
process.stdout.write(`wrote ${CLASSIFIER_CACHE}\n`);
