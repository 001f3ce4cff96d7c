// Boots the console: engine client over the right transport, stores, router, Vuetify, i18n.
import { createPinia } from 'pinia';
import { createApp, watch } from 'vue';
import { createClient } from '../client/client.js';
import { setClient } from '../client/instance.js';
import { pickTransport } from '../client/pick-transport.js';
import { isLocale } from '../format/locale.js';
import { createAppI18n, rememberLocale } from '../i18n/index.js';
import SessionGate from '../views/SessionGate.vue';
import { createAppRouter } from './router.js';
import './styles.css';
import { createAppVuetify, initialTheme } from './vuetify.js';

const client = createClient(pickTransport());
setClient(client);

const i18n = createAppI18n();
const locale = isLocale(i18n.global.locale.value) ? i18n.global.locale.value : 'vi';
const vuetify = createAppVuetify(initialTheme(), locale);

watch(
  i18n.global.locale,
  (next) => {
    if (!isLocale(next)) return;
    vuetify.locale.current.value = next;
    rememberLocale(next);
    document.title = i18n.global.t('app.shortTitle');
  },
  { immediate: true },
);

createApp(SessionGate).use(createPinia()).use(createAppRouter()).use(i18n).use(vuetify).mount('#app');
