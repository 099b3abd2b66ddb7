/**
 * What lets several Souk nodes run side by side on one database: the one lock provider of every scheduled job
 * (ShedLock, so that each job runs on one node at a time), the clean-up of expired HTTP sessions (Spring Session
 * JDBC keeps them in the database, so that any node serves a signed-in user) and the resubmission of event
 * publications that a node left unfinished (a crash, a kill); and {@link org.souk.cluster.LeasedDelivery}, what a
 * delivery to another server (install's handler events, partners' webhooks) keeps so that any node may make its next
 * attempt and none makes it twice. Depends on no other module.
 */
package org.souk.cluster;
