import * as z from 'zod/mini';

// zod/mini carries no message texts (that keeps the web app's shell small), so the server loads the English
// ones: every module that turns validation issues into a reply or an error imports this file.
z.config(z.locales.en());
