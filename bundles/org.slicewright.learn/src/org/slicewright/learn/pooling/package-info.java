/**
 * The pooling recommender: simulates part of the policy grid chosen by active sampling, learns
 * surrogates and lists the policies that meet the AI service's requirements at least resource use.
 */
package org.slicewright.learn.pooling;
