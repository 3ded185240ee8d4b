// Causes about a run config itself, found while building its checks.
import { defineCauses } from './types.js';

/** What a run config asks for that this environment does not provide. */
export const CONFIG_CAUSES = defineCauses({
  'config.secret-missing': {
    title: "A secret's environment variable is not set",
    severity: 'fail',
    explanation:
      "The config names environment variables that hold this check's secrets (a password, client secret or token), but they are not set, or are empty, where maildoctor runs. The check could not log in, so nothing was tried against the server; every other check of the run went ahead.",
    fixes: [
      {
        text: 'Export the variables named in the detail in the shell, service unit or cron job that runs maildoctor, then run it again.',
        commands: ['export VARIABLE=…   # the real value, never in the config file'],
      },
      { text: 'Or point the config at a file that holds the secret (passwordFile, clientSecretFile, refreshTokenFile) readable only by that user.' },
    ],
    reference: 'maildoctor README › Secrets',
  },
});
