/**
 * Storage of icons, screenshots and archives: a content-addressed {@link org.souk.storage.BlobStore}
 * (the key of a blob is the hex SHA-256 of its bytes). Other modules keep a {@link org.souk.storage.Blob}'s
 * key, size and content type in their own tables and read the bytes back by key.
 *
 * <p>The store is a folder ({@code souk.storage.type=local}, the default, under {@code ${souk.data-dir}/blobs})
 * or an S3-compatible bucket ({@code souk.storage.type=s3}, settings {@code souk.storage.s3.*}). This module
 * depends on no other module.
 */
package org.souk.storage;
