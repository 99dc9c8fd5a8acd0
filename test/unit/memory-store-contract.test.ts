import { MemoryArticleStore } from '../support/memory-article-store.js';
import { describeStoreContract } from '../support/store-contract.js';

describeStoreContract('MemoryArticleStore', async () => new MemoryArticleStore());
