import { lessonsEn } from '../../i18n/messages/lessons'
import { addMessages } from '../../i18n/translate'

/**
 * The lessons' steps in English (their narration, tasks, hints and questions) come with the lesson panel's code:
 * the first screen never shows them, and they are the largest block of text in the app.
 */
addMessages(lessonsEn)
